#pragma once

#include <optional>
#include <utility>
#include <variant>

namespace thaid {

// A value or an error. Debian 12's GCC has no std::expected in C++20 mode. [[nodiscard]]: an
// error nobody looks at is a fault nobody handles.
template <typename T, typename E>
class [[nodiscard]] Result {
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

// Success with nothing to return, or an error.
template <typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}  // NOLINT: implicit by design

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

}  // namespace thaid
