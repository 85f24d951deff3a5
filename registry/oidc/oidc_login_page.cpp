// The authorization page: plain server-rendered HTML in Thai and English, refreshed every
// couple of seconds (no script), with the QR, the countdown and, once a phone has scanned, the
// relay code.
#include "protocol/qr_code.h"
#include "registry/oidc/oidc_provider.h"

#include <QBuffer>
#include <QHash>
#include <QImage>

namespace thaid::registry {

namespace {

struct Words {
    const char* th;
    const char* en;
};

const QHash<QString, Words>& notices() {
    static const QHash<QString, Words> kNotices{
        {QStringLiteral("unknown_client"),
         {"ไม่รู้จักหน่วยงานนี้ กรุณากลับไปที่หน้าของหน่วยงาน",
          "This agency is not registered with ThaiD. Go back to the agency's page."}},
        {QStringLiteral("wrong_redirect_uri"),
         {"ที่อยู่ปลายทางของหน่วยงานไม่ตรงกับที่ลงทะเบียนไว้ จึงไม่ส่งข้อมูลใดกลับไป",
          "The agency's return address is not the one it registered, so nothing is sent back."}},
        {QStringLiteral("unknown_request"),
         {"ไม่พบคำขอเข้าสู่ระบบนี้ กรุณาเริ่มใหม่จากหน้าของหน่วยงาน",
          "There is no such login request. Start again from the agency's page."}},
        {QStringLiteral("other_browser"),
         {"คำขอนี้เริ่มจากเบราว์เซอร์อื่น กรุณาเริ่มใหม่จากหน้าของหน่วยงาน",
          "This login was started in another browser. Start again from the agency's page."}},
        {QStringLiteral("refused"),
         {"โทรศัพท์ที่สแกนไม่ใช่ ThaiD ที่ใช้งานอยู่ (ถูกแทนที่หรือไม่เคยลงทะเบียน) "
          "กรุณาสแกนด้วยโทรศัพท์ ThaiD เครื่องปัจจุบัน หรือลงทะเบียนใหม่ที่สำนักทะเบียน",
          "The phone that scanned is not an active ThaiD (it was replaced, or never "
          "registered). Scan with your current ThaiD phone, or register again at a district "
          "office."}},
        {QStringLiteral("expired"),
         {"คำขอเข้าสู่ระบบหมดเวลาแล้ว กรุณาเริ่มใหม่จากหน้าของหน่วยงาน",
          "This login request has expired. Start again from the agency's page."}},
        {QStringLiteral("code_sent"),
         {"เข้าสู่ระบบเรียบร้อยแล้ว ปิดหน้านี้ได้", "This login is complete. You can close this page."}},
        {QStringLiteral("exchanged"),
         {"เข้าสู่ระบบเรียบร้อยแล้ว ปิดหน้านี้ได้", "This login is complete. You can close this page."}},
    };
    return kNotices;
}

const QHash<QString, Words>& scopeWords() {
    static const QHash<QString, Words> kScopes{
        {QStringLiteral("pid"), {"เลขประจำตัวประชาชน", "Citizen ID"}},
        {QStringLiteral("name"), {"ชื่อ-นามสกุลภาษาไทย", "Name in Thai"}},
        {QStringLiteral("name_en"), {"ชื่อ-นามสกุลภาษาอังกฤษ", "Name in English"}},
        {QStringLiteral("smartcard_code"), {"เลขใต้รูปบนบัตร", "Number under the card photo"}},
        {QStringLiteral("ial"), {"ระดับความน่าเชื่อถือของตัวตน", "Identity assurance level"}},
        {QStringLiteral("address"), {"ที่อยู่ตามบัตร", "Address on the card"}},
        {QStringLiteral("birthdate"), {"วันเกิด", "Date of birth"}},
        {QStringLiteral("card_dates"),
         {"วันออกบัตรและวันบัตรหมดอายุ", "The card's issue and expiry dates"}},
        {QStringLiteral("photo"), {"รูปถ่ายบนบัตร", "The photo on the card"}},
    };
    return kScopes;
}

QString both(const Words& w) {
    return QStringLiteral("<span lang=th>%1</span><br><span lang=en>%2</span>")
        .arg(QString::fromUtf8(w.th), QString::fromUtf8(w.en));
}

QString qrImage(const QString& text) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    protocol::renderQrCode(text, {8, 4, 0}).save(&buffer, "PNG");
    return QStringLiteral("<img class=qr alt=\"QR\" src=\"data:image/png;base64,%1\">")
        .arg(QString::fromLatin1(png.toBase64()));
}

constexpr auto kStyle =
    "body{font-family:'Noto Sans Thai','Loma','Garuda','Tlwg "
    "Typo',sans-serif;margin:0;background:#f3f5f8;"
    "color:#1b2430}main{max-width:640px;margin:24px auto;background:#fff;border-radius:12px;"
    "padding:24px 32px;box-shadow:0 2px 8px #0002}h1{font-size:26px;margin:0 0 8px}"
    ".agency{font-size:20px;font-weight:600}.qr{display:block;margin:16px auto;width:320px;"
    "height:320px;image-rendering:pixelated}.count{text-align:center;font-size:20px}"
    ".code{font-size:56px;letter-spacing:8px;text-align:center;font-weight:700;margin:16px}"
    ".notice{background:#fdecea;border-left:6px solid #c62828;padding:12px;margin:12px 0}"
    ".done{background:#e8f5e9;border-left:6px solid #2e7d32;padding:12px;margin:12px 0}"
    "ul{margin:8px 0 0 0}.confirm{background:#e3f2fd;border-left:6px solid #1565c0;"
    "padding:12px;margin:12px 0}.who{font-size:24px;font-weight:700}"
    "button{font:inherit;font-size:18px;padding:10px 18px;margin:8px 8px 0 0;border-radius:8px;"
    "border:0;cursor:pointer}button.go{background:#2e7d32;color:#fff}"
    "button.stop{background:#c62828;color:#fff}";

}  // namespace

QByteArray OidcProvider::loginHtml(const LoginRequest& r, const OidcClient& client,
                                   const QString& notice) const {
    const bool open = notice == QLatin1String("pending") || notice == QLatin1String("refused") ||
                      notice == QLatin1String("scanned");
    QString body;
    body += QStringLiteral("<h1>%1</h1>").arg(both({"เข้าสู่ระบบด้วย ThaiD", "Log in with ThaiD"}));
    if (!client.clientId.isEmpty()) {
        body += QStringLiteral("<p class=agency id=agency>%1<br>%2</p>")
                    .arg(client.nameTh.toHtmlEscaped(), client.nameEn.toHtmlEscaped());
        body += QStringLiteral("<p>%1</p><ul>")
                    .arg(both({"หน่วยงานนี้ขอข้อมูลต่อไปนี้", "This agency asks for:"}));
        for (const QString& s : r.scope.split(QLatin1Char(' '))) {
            if (scopeWords().contains(s))
                body += QStringLiteral("<li>%1 / %2</li>")
                            .arg(QString::fromUtf8(scopeWords()[s].th),
                                 QString::fromUtf8(scopeWords()[s].en));
        }
        body += QStringLiteral("</ul>");
    }
    if (notices().contains(notice)) {
        const bool good =
            notice == QLatin1String("code_sent") || notice == QLatin1String("exchanged");
        body += QStringLiteral("<p class=%1 id=notice data-state=\"%2\">%3</p>")
                    .arg(good ? QStringLiteral("done") : QStringLiteral("notice"), notice,
                         both(notices()[notice]));
    }
    if (notice == QLatin1String("approved")) {
        // The phone approved; whose phone, the person here decides before the agency hears.
        const MaskedIdentity who = maskedIdentity(r.cid);
        const QString agencyTh = client.nameTh.toHtmlEscaped();
        const QString agencyEn = client.nameEn.toHtmlEscaped();
        body +=
            QStringLiteral(
                "<div class=confirm id=confirm-identity data-name-en=\"%1\" "
                "data-id-tail=\"%2\"><p>%3</p><p class=who>%4<br>%5<br>%6</p><p>%7</p>"
                "<form method=post action=\"/oidc/login/%8/confirm\">"
                "<button class=go name=decision value=confirm id=confirm>%9</button> "
                "<button class=stop name=decision value=reject id=not-me>%10</button>"
                "</form></div>")
                .arg(
                    who.nameEn.toHtmlEscaped(), who.idTail,
                    both({"ThaiD อนุมัติการเข้าสู่ระบบในนาม", "ThaiD approved this login as"}),
                    who.nameTh.toHtmlEscaped(), who.nameEn.toHtmlEscaped(),
                    QStringLiteral("เลขประจำตัวประชาชนลงท้าย / Citizen ID ending %1").arg(who.idTail),
                    both({"ใช่คุณหรือไม่ ถ้าไม่ใช่ แปลว่าโทรศัพท์ของคนอื่นอนุมัติ "
                          "กด \"ไม่ใช่ฉัน\" แล้วหน่วยงานจะไม่ได้รับข้อมูลใด",
                          "Is this you? If not, someone else's phone approved: choose "
                          "\"Not me\" and the agency gets nothing."}),
                    r.requestId)
                .arg(QStringLiteral("ใช่ ฉันเอง ไปต่อที่ %1<br>Yes, continue to %2")
                         .arg(agencyTh, agencyEn),
                     QStringLiteral("ไม่ใช่ฉัน<br>Not me"));
    } else if (notice == QLatin1String("scanned")) {
        const QString code = relayCode(r);
        body += QStringLiteral("<p>%1</p><p class=code id=relay-code>%2 %3</p><p>%4</p>")
                    .arg(both({"ตรวจว่าโทรศัพท์แสดงรหัสเดียวกันนี้",
                               "Check that your phone shows this same code:"}),
                         code.left(3), code.mid(3),
                         both({"ถ้าตรงกัน กดยืนยันบนโทรศัพท์ ถ้าไม่ตรง กดปฏิเสธ",
                               "If it matches, approve on the phone. If not, refuse."}));
    } else if (open) {
        body += QStringLiteral("<p>%1</p>")
                    .arg(both({"สแกน QR นี้ด้วยแอป ThaiD บนโทรศัพท์ของคุณ",
                               "Scan this QR with the ThaiD app on your phone."}));
        body += qrImage(QStringLiteral("KL1:") + r.requestId.toUpper());
    }
    if (open) {
        const qint64 left = std::max<qint64>(0, (r.expiresAtMs - m_clock() + 999) / 1000);
        body += QStringLiteral("<p class=count id=countdown data-seconds=\"%1\">%2 %3:%4</p>")
                    .arg(left)
                    .arg(QString::fromUtf8("หมดเวลาใน / Expires in"))
                    .arg(left / 60)
                    .arg(left % 60, 2, 10, QLatin1Char('0'));
    }
    const QString refresh =
        open ? QStringLiteral("<meta http-equiv=refresh content=\"2\">") : QString();
    return QStringLiteral(
               "<!DOCTYPE html><html lang=th><head><meta charset=utf-8>"
               "<meta name=viewport content=\"width=device-width\">%1"
               "<title>ThaiD</title><style>%2</style></head><body><main>%3</main>"
               "</body></html>")
        .arg(refresh, QLatin1String(kStyle), body)
        .toUtf8();
}

}  // namespace thaid::registry
