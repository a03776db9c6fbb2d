// Five9's SOAP answers as Five9Call reads a buffered one (every answer but a report result):
// the envelope through Five9Soap::parse, a fault through five9FaultResult, and the elements
// the jobs read from a body.
#include "five9/five9call.h"
#include "five9/five9report.h"
#include "five9/five9soap.h"
#include "fuzzsupport.h"

namespace {

// The children the jobs look up (getSkills, getCampaigns, getUsersGeneralInfo,
// getCallCountersState, runReport, isReportRunning), at every level of the body.
void readLikeTheJobs(const Five9Soap::Node &node, int depth = 0)
{
    for (const char16_t *name : {u"return", u"name", u"userName", u"fullName", u"EMail", u"timeout",
             u"operationType", u"limit", u"value"})
        node.childText(name).trimmed().toLongLong();
    for (const Five9Soap::Node *child : node.childrenNamed(u"callCounterStates"))
        child->childText(u"limit").toInt();
    if (depth < 8)
        for (const Five9Soap::Node &child : node.children)
            readLikeTheJobs(child, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<Five9Soap::Response> response
        = Five9Soap::parse(FuzzSupport::bytes(data, size), &error);
    if (!response) {
        FuzzSupport::check(!error.isEmpty(), "a refused answer says why");
        return 0;
    }
    if (response->fault) {
        const ConnectorResult result = five9FaultResult(*response->fault);
        FuzzSupport::check(!result.ok(), "a fault is a failure");
        Five9Soap::faultKind(*response->fault);
        const Five9Outcome outcome {result, *response};
        Five9Report::isReportNotFound(outcome);
        Five9Report::isResultGone(outcome);
    } else {
        readLikeTheJobs(response->body);
    }
    return 0;
}
