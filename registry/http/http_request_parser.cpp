#include "registry/http/http_request_parser.h"

#include <http_parser.h>

namespace thaid::registry {

struct HttpRequestParser::Impl {
    http_parser parser{};
    http_parser_settings settings{};
    HttpRequestParser* owner = nullptr;
    HttpRequest request;
    QByteArray url;
    QByteArray field;
    QByteArray value;
    bool inValue = false;
    int headerBytes = 0;
    int contentLengths = 0;
    int transferEncodings = 0;
    qint64 bodyLimit = 0;
    // The head's own line discipline (checkHead): where the scan is in the request's head.
    bool headDone = false;
    char last = 0;
    int headLines = 0;         // lines of the head ended so far
    qsizetype lineLength = 0;  // bytes of the current line, CR aside

    static Impl& of(http_parser* p) { return *static_cast<Impl*>(p->data); }

    void reset() {
        http_parser_init(&parser, HTTP_REQUEST);
        parser.data = this;
        request = {};
        url.clear();
        field.clear();
        value.clear();
        inValue = false;
        headerBytes = 0;
        contentLengths = 0;
        transferEncodings = 0;
        bodyLimit = 0;
        headDone = false;
        last = 0;
        headLines = 0;
        lineLength = 0;
    }

    // RFC 9112: every line of the head ends with CRLF (2.2), and no field line is folded onto
    // the one before it (5.2). Debian's http_parser, built without its strict mode, takes a
    // bare LF and obs-fold, which a proxy in front of the registry may read differently; so the
    // head is checked here, byte by byte, before the parser sees it. Returns the violation, or
    // nullptr.
    const char* checkHead(const char* data, qsizetype size) {
        for (qsizetype n = 0; n < size && !headDone; ++n) {
            const char c = data[n];
            if (c == '\n') {
                if (last != '\r')
                    return "bare LF in the request head";
                if (lineLength == 0 && headLines > 0)
                    headDone = true;  // the empty line that ends the head
                else if (lineLength > 0)
                    ++headLines;  // (an empty line before the request line is ignored)
                lineLength = 0;
            } else if (c != '\r') {
                if (lineLength == 0 && headLines > 0 && (c == ' ' || c == '\t'))
                    return "folded header line (obs-fold)";
                ++lineLength;
            }
            last = c;
        }
        return nullptr;
    }

    // A header is whole once the next one starts, or the headers end.
    bool finishHeader() {
        if (field.isEmpty())
            return true;
        const QByteArray name = field.toLower();
        const QByteArray v = value.trimmed();
        if (name == "content-length")
            ++contentLengths;
        if (name == "transfer-encoding") {
            ++transferEncodings;
            if (v.toLower() != "chunked")
                return owner->fail(400, "transfer-encoding other than chunked"), false;
        }
        if (request.headers.size() >= owner->m_limits.maxHeaderCount)
            return owner->fail(431, "too many headers"), false;
        request.headers.append({name, v});
        field.clear();
        value.clear();
        inValue = false;
        return true;
    }
};

HttpRequestParser::HttpRequestParser(const HttpLimits& limits, BodyLimit bodyLimit)
    : m_limits(limits), m_bodyLimit(std::move(bodyLimit)), d(std::make_unique<Impl>()) {
    d->owner = this;
    http_parser_settings& s = d->settings;
    http_parser_settings_init(&s);
    s.on_message_begin = [](http_parser* p) {
        Impl::of(p).owner->m_started = true;
        return 0;
    };
    s.on_url = [](http_parser* p, const char* at, size_t n) {
        Impl& i = Impl::of(p);
        i.owner->m_started = true;
        i.url.append(at, static_cast<qsizetype>(n));
        if (i.url.size() > i.owner->m_limits.maxRequestLineBytes)
            return i.owner->fail(414, "request line too long"), -1;
        return 0;
    };
    s.on_header_field = [](http_parser* p, const char* at, size_t n) {
        Impl& i = Impl::of(p);
        if (i.inValue && !i.finishHeader())
            return -1;
        i.field.append(at, static_cast<qsizetype>(n));
        i.headerBytes += static_cast<int>(n);
        if (i.headerBytes > i.owner->m_limits.maxHeaderBytes)
            return i.owner->fail(431, "headers too large"), -1;
        return 0;
    };
    s.on_header_value = [](http_parser* p, const char* at, size_t n) {
        Impl& i = Impl::of(p);
        i.inValue = true;
        i.value.append(at, static_cast<qsizetype>(n));
        i.headerBytes += static_cast<int>(n);
        if (i.headerBytes > i.owner->m_limits.maxHeaderBytes)
            return i.owner->fail(431, "headers too large"), -1;
        return 0;
    };
    s.on_headers_complete = [](http_parser* p) {
        Impl& i = Impl::of(p);
        HttpRequestParser& o = *i.owner;
        if (!i.finishHeader())
            return -1;
        if (i.contentLengths > 1 || i.transferEncodings > 1)
            return o.fail(400, "more than one Content-Length or Transfer-Encoding"), -1;
        const bool chunked = (p->flags & F_CHUNKED) != 0;
        if (i.contentLengths == 1 && (chunked || i.transferEncodings > 0))
            return o.fail(400, "Content-Length together with chunked"), -1;
        i.request.method = http_method_str(static_cast<http_method>(p->method));
        i.request.url = QUrl::fromEncoded(i.url, QUrl::StrictMode);
        if (!i.request.url.isValid() || !i.url.startsWith('/'))
            return o.fail(400, "not a path"), -1;
        i.bodyLimit = o.m_bodyLimit ? o.m_bodyLimit(i.request.method, i.request.url.path().toUtf8())
                                    : o.m_limits.maxBodyBytes;
        // Refused before one byte of the body is read.
        if (!chunked && i.contentLengths == 1 &&
            p->content_length > static_cast<quint64>(i.bodyLimit))
            return o.fail(413, "body larger than allowed"), -1;
        o.m_keepAlive = http_should_keep_alive(p) != 0;
        o.m_state = State::HeadersDone;
        return 0;
    };
    s.on_body = [](http_parser* p, const char* at, size_t n) {
        Impl& i = Impl::of(p);
        if (i.request.body.size() + static_cast<qint64>(n) > i.bodyLimit)
            return i.owner->fail(413, "body larger than allowed"), -1;
        i.request.body.append(at, static_cast<qsizetype>(n));
        return 0;
    };
    s.on_message_complete = [](http_parser* p) {
        Impl& i = Impl::of(p);
        i.owner->m_state = State::Complete;
        http_parser_pause(p, 1);  // the next request waits until this one is answered
        return 0;
    };
    d->reset();
}

HttpRequestParser::~HttpRequestParser() = default;

void HttpRequestParser::fail(int status, const char* reason) {
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
}

qsizetype HttpRequestParser::feed(const char* data, qsizetype size) {
    if (m_state == State::Complete || m_state == State::Failed || size == 0)
        return 0;
    if (const char* violation = d->checkHead(data, size)) {
        fail(400, violation);
        return 0;
    }
    const size_t used =
        http_parser_execute(&d->parser, &d->settings, data, static_cast<size_t>(size));
    const auto err = static_cast<http_errno>(d->parser.http_errno);
    if (err == HPE_PAUSED) {
        http_parser_pause(&d->parser, 0);
    } else if (err != HPE_OK && m_state != State::Failed) {
        fail(400, http_errno_name(err));
    }
    return static_cast<qsizetype>(used);
}

HttpRequest HttpRequestParser::take() {
    return std::move(d->request);
}

void HttpRequestParser::reset() {
    d->reset();
    m_state = State::Reading;
    m_started = false;
    m_keepAlive = true;
    m_errorStatus = 0;
    m_errorReason.clear();
}

}  // namespace thaid::registry
