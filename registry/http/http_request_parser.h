#pragma once

#include "registry/http/http_limits.h"
#include "registry/http/http_request.h"

#include <functional>
#include <memory>

namespace thaid::registry {

// Strict HTTP/1.1 request framing over Node's http_parser (Debian's libhttp-parser): one
// request at a time, every limit checked while the bytes arrive, and the body limit decided
// from the request line before a byte of the body is read. Exactly one valid Content-Length,
// or chunked, never both; every line of the head ends with CRLF, and no header is folded;
// anything else is an error and the connection must close.
class HttpRequestParser {
public:
    enum class State { Reading, HeadersDone, Complete, Failed };

    // The body limit for a method and path, asked once the headers are in.
    using BodyLimit = std::function<qint64(const QByteArray& method, const QByteArray& path)>;
    HttpRequestParser(const HttpLimits& limits, BodyLimit bodyLimit);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser&) = delete;
    HttpRequestParser& operator=(const HttpRequestParser&) = delete;

    // Parses what it can of `data`; returns the bytes used. It stops after one whole request:
    // the rest belongs to the next one (feed it after reset()).
    qsizetype feed(const char* data, qsizetype size);
    State state() const { return m_state; }
    bool started() const { return m_started; }
    // For Failed: the status to answer with (400, 413, 414, 431) and why, for the log.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    bool keepAlive() const { return m_keepAlive; }
    HttpRequest take();
    void reset();

private:
    struct Impl;
    friend struct Impl;
    void fail(int status, const char* reason);

    HttpLimits m_limits;
    BodyLimit m_bodyLimit;
    std::unique_ptr<Impl> d;
    State m_state = State::Reading;
    bool m_started = false;
    bool m_keepAlive = true;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

}  // namespace thaid::registry
