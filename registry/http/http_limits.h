#pragma once

#include <QString>

namespace thaid::registry {

// What one client may cost the registry before it has proved anything (docs/protocol.md). Every
// value can be set in the registry's configuration ([http] in --config); these defaults are
// the safe ones.
struct HttpLimits {
    int maxRequestLineBytes = 4096;
    int maxHeaderCount = 48;
    int maxHeaderBytes = 16 * 1024;   // all header lines together
    qint64 maxBodyBytes = 16 * 1024;  // per request; the server may allow more per route
    int handshakeTimeoutMs = 10000;   // TCP accepted to TLS established
    int headerTimeoutMs = 10000;      // first byte of a request to its last header
    int bodyTimeoutMs = 20000;        // last header to the last byte of the body
    int idleTimeoutMs = 60000;        // between requests on a kept-alive connection
    int maxConnections = 1024;        // everything but long polls, all clients together
    int maxConnectionsPerAddress = 64;
    int maxLongPolls = 4096;  // held `?wait=` requests, counted on their own
    int maxLongPollsPerAddress = 256;

    // Reads [http] from an INI file; keys are the member names in snake case
    // (max_request_line_bytes, header_timeout_ms, …). Unknown keys are an error.
    static HttpLimits fromFile(const QString& path, QString* error);
};

}  // namespace thaid::registry
