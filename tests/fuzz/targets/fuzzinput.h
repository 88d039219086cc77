#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

// The bytes libFuzzer hands a target. Targets that need more than one text read them as lines
// or as a head and a body, so that the seed corpus stays readable and easy to extend by hand.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size);

    QByteArray bytes() const { return m_bytes; }
    // The first line (without its line end) and everything after it.
    QByteArray firstLine() const;
    QByteArray afterFirstLine() const;
    // What comes before the first empty line ("\n\n" or "\r\n\r\n"), split in lines, and what
    // comes after it: an HTTP answer's head and body.
    QList<QByteArray> headLines() const;
    QByteArray body() const;

private:
    qsizetype headEnd(qsizetype *separatorSize) const;

    QByteArray m_bytes;
};
