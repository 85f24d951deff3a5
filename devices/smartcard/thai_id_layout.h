#pragma once

#include <QtGlobal>

// Offsets of the Thai ID applet's data file, measured on real cards (docs/devices.md).
namespace thaid::card::layout {

struct Field {
    quint16 offset;
    quint16 length;
    constexpr quint16 end() const { return offset + length; }
};

constexpr Field kCardVersion{0x0000, 4};
constexpr Field kCitizenId{0x0004, 13};
constexpr Field kNameTh{0x0011, 100};
constexpr Field kNameEn{0x0075, 100};
constexpr Field kBirthDate{0x00D9, 8};
constexpr Field kSex{0x00E1, 1};
constexpr Field kRequestNumber{0x00E2, 20};
constexpr Field kIssuer{0x00F6, 100};
constexpr Field kIssuerCode{0x015A, 13};
constexpr Field kIssueDate{0x0167, 8};
constexpr Field kExpiryDate{0x016F, 8};
constexpr Field kPhoto{0x017B, 5118};
constexpr Field kAddress{0x1579, 160};
constexpr Field kPhotoNumber{0x1619, 14};

// Regions the reader fetches as wholes.
constexpr Field kIdentityText{0x0000, kPhoto.offset};
constexpr Field kAddressBlock{kAddress.offset, kPhotoNumber.end() - kAddress.offset};
constexpr quint16 kFileSize = kPhotoNumber.end();
constexpr quint8 kMaxReadLength = 255;

static_assert(kPhoto.end() == kAddress.offset, "photo and address are contiguous");

}  // namespace thaid::card::layout
