#pragma once

#include "apierror.h"

#include <functional>
#include <utility>
#include <variant>

// The outcome of an operation that can fail in a way a user may see: either the value or an
// ApiError. Every asynchronous call of the services layer hands one of these to its callback.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For operations that succeed without a value (a PATCH that answers 200 with an empty body).
struct Done
{
};

// The one asynchronous pattern of the project: the caller passes a context object and a
// callback. The callback runs on the context's thread, at most once, and never after the
// context is destroyed.
template<typename T> using Callback = std::function<void(Result<T>)>;
