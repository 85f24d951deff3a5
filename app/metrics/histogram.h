#pragma once

#include <vector>

#include <QByteArray>

namespace thaid::app {

// A Prometheus histogram: cumulative buckets, sum and count, rendered in the text format.
class Histogram {
public:
    explicit Histogram(std::vector<double> upperBounds)
        : m_bounds(std::move(upperBounds)), m_counts(m_bounds.size(), 0) {}
    void observe(double value);
    // `labels` without braces, e.g. call="status"; may be empty.
    QByteArray render(const QByteArray& name, const QByteArray& labels = {}) const;

private:
    std::vector<double> m_bounds;
    std::vector<quint64> m_counts;
    double m_sum = 0;
    quint64 m_count = 0;
};

}  // namespace thaid::app
