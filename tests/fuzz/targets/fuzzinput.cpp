#include "fuzzinput.h"

FuzzInput::FuzzInput(const uint8_t *data, size_t size)
    : m_bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
{}

QByteArray FuzzInput::firstLine() const
{
    const qsizetype end = m_bytes.indexOf('\n');
    QByteArray line = end < 0 ? m_bytes : m_bytes.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray FuzzInput::afterFirstLine() const
{
    const qsizetype end = m_bytes.indexOf('\n');
    return end < 0 ? QByteArray() : m_bytes.mid(end + 1);
}

qsizetype FuzzInput::headEnd(qsizetype *separatorSize) const
{
    const qsizetype crlf = m_bytes.indexOf("\r\n\r\n");
    const qsizetype lf = m_bytes.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *separatorSize = 4;
        return crlf;
    }
    *separatorSize = 2;
    return lf;
}

QList<QByteArray> FuzzInput::headLines() const
{
    qsizetype separatorSize = 0;
    const qsizetype end = headEnd(&separatorSize);
    QList<QByteArray> lines = (end < 0 ? m_bytes : m_bytes.left(end)).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QByteArray FuzzInput::body() const
{
    qsizetype separatorSize = 0;
    const qsizetype end = headEnd(&separatorSize);
    return end < 0 ? QByteArray() : m_bytes.mid(end + separatorSize);
}
