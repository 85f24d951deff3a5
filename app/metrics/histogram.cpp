#include "metrics/histogram.h"

namespace thaid::app {

void Histogram::observe(double value) {
    for (size_t i = 0; i < m_bounds.size(); ++i) {
        if (value <= m_bounds[i])
            ++m_counts[i];
    }
    m_sum += value;
    ++m_count;
}

QByteArray Histogram::render(const QByteArray& name, const QByteArray& labels) const {
    const QByteArray sep = labels.isEmpty() ? QByteArray() : labels + ',';
    const QByteArray plain = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    QByteArray out;
    for (size_t i = 0; i < m_bounds.size(); ++i)
        out += name + "_bucket{" + sep + "le=\"" + QByteArray::number(m_bounds[i]) + "\"} " +
               QByteArray::number(m_counts[i]) + '\n';
    out += name + "_bucket{" + sep + "le=\"+Inf\"} " + QByteArray::number(m_count) + '\n';
    out += name + "_sum" + plain + ' ' + QByteArray::number(m_sum, 'g', 12) + '\n';
    out += name + "_count" + plain + ' ' + QByteArray::number(m_count) + '\n';
    return out;
}

}  // namespace thaid::app
