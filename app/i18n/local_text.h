#pragma once

#include <concepts>
#include <functional>
#include <utility>

#include <QString>

namespace thaid {

// Text for the officer, kept as the way to produce it rather than as a string, so a message
// made before a language switch (F2) reads in the new language when it is shown again.
class LocalText {
public:
    LocalText() = default;
    template <typename Make>
    requires std::convertible_to<std::invoke_result_t<Make>, QString> LocalText(Make make)
        : m_make(std::move(make)) {}  // NOLINT: implicit on purpose

    QString operator()() const { return m_make ? m_make() : QString(); }
    bool isEmpty() const { return !m_make; }

private:
    std::function<QString()> m_make;
};

}  // namespace thaid
