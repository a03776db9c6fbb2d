#pragma once

// What the fuzz targets share: the input as Qt types, and a check that stops the run (so
// libFuzzer keeps the input, and the suite's driver fails) when a parser breaks a promise
// that is not a crash, e.g. reading a text in pieces differently from whole.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void broken(const char *promise, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz target: %s\n%s\n", promise, qPrintable(detail));
    std::abort();
}

inline void check(bool held, const char *promise, const QString &detail = {})
{
    if (!held)
        broken(promise, detail);
}

} // namespace FuzzSupport
