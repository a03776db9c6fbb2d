// A report result as Five9Call streams it (getReportResultCsvResponse): the text of <return>
// through Five9ReturnText, fed whole and in pieces of 1 to 17 bytes. Both must agree, since
// the network cuts an answer anywhere.
#include "five9/five9returntext.h"
#include "fuzzsupport.h"

namespace {

struct Read
{
    bool ok = false;
    QString text;
    QString error;
};

Read read(const QByteArray &answer, bool inPieces)
{
    Read result;
    Five9ReturnText reader([&result](QStringView text) { result.text += text; });
    if (inPieces) {
        qsizetype piece = 1;
        for (qsizetype at = 0; at < answer.size(); at += piece, piece = piece % 17 + 1)
            reader.feed(QByteArrayView(answer).sliced(at, std::min(piece, answer.size() - at)));
    } else {
        reader.feed(answer);
    }
    result.ok = reader.finish(&result.error);
    FuzzSupport::check(result.ok || !result.error.isEmpty(), "a refused answer says why");
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray answer = FuzzSupport::bytes(data, size);
    const Read whole = read(answer, false);
    const Read pieces = read(answer, true);
    // Beyond 64 KiB without a <return>, pieces fail early by design (the envelope's cap).
    if (size <= 64 * 1024) {
        FuzzSupport::check(whole.ok == pieces.ok, "whole and in pieces agree on success",
            whole.error + QStringLiteral(" / ") + pieces.error);
        if (whole.ok)
            FuzzSupport::check(whole.text == pieces.text, "whole and in pieces give one text");
    }
    return 0;
}
