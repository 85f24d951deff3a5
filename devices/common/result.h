#pragma once

#include <utility>
#include <variant>

namespace thaid {

// A value or an error. Debian 12's GCC has no std::expected in C++20 mode.
template <typename T, typename E>
class Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    Result(E error)
        : m_v(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit by design

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const E& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

}  // namespace thaid
