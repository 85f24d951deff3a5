#pragma once

#include "sim/citizen/citizen_script.h"
#include "sim/citizen/phone_api.h"

namespace thaid::sim {

struct LoginOptions {
    QString keyFile;  // the sealed device key of a registration
    QString passcode;
    QString qrImage;  // a screenshot of the agency's authorization page
    QString qrText;
    bool refuse = false;    // the citizen refuses the agency
    QString expectCode;     // the code the page shows; the phone refuses a different one
    QString expectClient;   // the agency the citizen expects; another is refused
    bool scanOnly = false;  // scan, show, and decide nothing
    // The citizen reads the page's code only once the phone has scanned: it comes on standard
    // input then (a line with the six digits), as a person would compare the two screens.
    bool codeFromStdin = false;
};

// The citizen logs in to an agency with ThaiD (docs/protocol.md, "The Digital ID in use"): the
// passcode unseals the device key, the phone scans the page's QR, shows which agency asks for
// which data and the relay code, and, once the citizen has seen the same code on the page,
// approves (or refuses) with a signature over that one request.
class LoginScript : public QObject {
    Q_OBJECT
public:
    LoginScript(PhoneApi& api, LoginOptions options, CitizenScript::Report report,
                QObject* parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void decide(const LoginOffer& offer);
    void end(int code, const QString& event, const QJsonObject& fields, const QString& line);

    PhoneApi& m_api;
    LoginOptions m_o;
    CitizenScript::Report m_report;
    std::optional<protocol::DeviceKey> m_key;
};

}  // namespace thaid::sim
