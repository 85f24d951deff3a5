// Without libFuzzer (the GCC build), each fuzz target runs over its stored corpus as a regression
// test: every file once, plus a few edge inputs.
#include <cstdint>
#include <cstdio>

#include <QDirIterator>
#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    int inputs = 0;
    for (const QByteArray& edge :
         {QByteArray(), QByteArray(1, '\0'), QByteArray(6000, '\xFF'), QByteArray(6000, ' ')}) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(edge.constData()),
                               static_cast<size_t>(edge.size()));
        ++inputs;
    }
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()),
                                   static_cast<size_t>(bytes.size()));
            ++inputs;
        }
    }
    std::printf("replayed %d inputs\n", inputs);
    return 0;
}
