#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace thaid::testing {

// The embedded Thai catalogue installed for the lifetime of this object, with the
// QCoreApplication a translator needs.
class ThaiLanguage {
public:
    ThaiLanguage() : m_app(m_argc, m_argv) {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/thaid_th.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ThaiLanguage() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    int m_argc = 1;
    char m_name[2] = "t";
    char* m_argv[1] = {m_name};
    QCoreApplication m_app;
    QTranslator m_translator;
    bool m_loaded = false;
};

}  // namespace thaid::testing
