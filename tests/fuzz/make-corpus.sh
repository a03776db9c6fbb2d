#!/usr/bin/env bash
# Makes the seed corpus in tests/fuzz/corpus/ from what the fake Five9 serves: its fixture
# files, and the SOAP answers of a running fake-five9 (every operation the connector calls,
# faults, the report results of the stock Call Log, the copy with SKILL and the agent states).
# Run once after the fake changes; the files are committed. Needs a built fake-five9:
#   cmake --build --preset ci --target fake-five9 && bash tests/fuzz/make-corpus.sh build/ci
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
fake="$build/tests/fakes/five9/fake-five9"
fixtures=tests/fakes/five9/fixtures
corpus=tests/fuzz/corpus
[ -x "$fake" ] || { echo "no $fake: build the fake-five9 target first" >&2; exit 1; }

rm -rf "$corpus"
mkdir -p "$corpus"/{soap,returntext,csv,calllog,agentstates,values,settings}
cp "$fixtures"/calllog-2026-03-02.csv "$corpus/calllog/fixture-calllog.csv"
cp "$fixtures"/agentstates-2026-03-02.csv "$corpus/agentstates/fixture-agentstates.csv"
cp "$fixtures"/*.csv "$corpus/csv/"

log=$(mktemp)
"$fake" --calls-per-day 30 --report-seconds 0 --no-limits >"$log" 2>&1 &
fake_pid=$!
trap 'kill $fake_pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$log" && break; sleep 0.1; done
url=$(sed -n 's/^Fake Five9 listening on \(.*\)$/\1/p' "$log")/wsadmin/v13/AdminWebService
cert=$(sed -n 's/^Trust this certificate: //p' "$log")

# call USER OPERATION BODY: the whole HTTP body of the answer (200 or a 500 fault).
call() {
    curl -s --cacert "$cert" -u "$1:s3cret-Five9" -H 'Content-Type: text/xml; charset=utf-8' \
        -H 'SOAPAction: ""' --data-binary @- "$url" <<XML
<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ser="http://service.admin.ws.five9.com/"><soapenv:Header/><soapenv:Body><ser:$2>$3</ser:$2></soapenv:Body></soapenv:Envelope>
XML
}
admin=wfm.admin
call $admin getVCCConfiguration "" >"$corpus/soap/getVCCConfiguration.xml"
call $admin getSkills "<skillNamePattern>.*</skillNamePattern>" >"$corpus/soap/getSkills.xml"
call $admin getCampaigns "<campaignNamePattern>.*</campaignNamePattern>" >"$corpus/soap/getCampaigns.xml"
call $admin getUsersGeneralInfo "<userNamePattern>.*</userNamePattern>" >"$corpus/soap/getUsersGeneralInfo.xml"
call $admin getCallCountersState "" >"$corpus/soap/getCallCountersState.xml"
call agent.only getSkills "<skillNamePattern>.*</skillNamePattern>" >"$corpus/soap/fault-UserHasNoRequiredRole.xml"
call $admin getReportResultCsv "<identifier>no-such-report</identifier>" >"$corpus/soap/fault-getReportResultCsv.xml"

criteria="<criteria><time><end>2026-03-03T00:00:00.000+01:00</end><start>2026-03-02T00:00:00.000+01:00</start></time></criteria>"
call $admin runReport "<folderName>My Reports</folderName><reportName>Call Log</reportName>$criteria" \
    >"$corpus/soap/fault-ReportNotFound.xml"
report() { # NAME FOLDER REPORT: runReport, isReportRunning, getReportResultCsv
    call $admin runReport "<folderName>$2</folderName><reportName>$3</reportName>$criteria" \
        >"$corpus/soap/runReport.xml"
    local id
    id=$(xmllint --xpath 'string(//return)' "$corpus/soap/runReport.xml")
    call $admin isReportRunning "<identifier>$id</identifier><timeout>20</timeout>" \
        >"$corpus/soap/isReportRunning.xml"
    call $admin getReportResultCsv "<identifier>$id</identifier>" >"$corpus/returntext/$1.xml"
    xmllint --xpath 'string(//return)' "$corpus/returntext/$1.xml" >"$corpus/csv/$1.csv"
}
report stock-calllog "Call Log Reports" "Call Log"
report skill-calllog "Shared Reports" "Call Log with Skills"
report agentstates "Agent Reports" "Agent State Details"
cp "$corpus/returntext/stock-calllog.xml" "$corpus/soap/getReportResultCsv.xml"
cp "$corpus/csv/stock-calllog.csv" "$corpus/csv/skill-calllog.csv" "$corpus/calllog/"
cp "$corpus/csv/agentstates.csv" "$corpus/agentstates/"

# The report cells the values parser reads, one per line: timestamps and durations as the
# reports have them, and the other forms Five9 writes timestamps in.
cat "$corpus"/csv/*.csv | grep -oE '[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8}' \
    | sort -u | head -20 >"$corpus/values/timestamps"
cat "$corpus"/csv/*.csv | grep -oE '[0-9]+:[0-9]{2}:[0-9]{2}' | sort -u | head -20 \
    >"$corpus/values/durations"
printf '%s\n' "2026/03/02 09:14:03" "2026-03-02 09:14:03" "2026-03-02T09:14:03" \
    "03/02/2026 09:14:03" "Sun, 08 Mar 2026 02:30:00" "Sun, 01 Nov 2026 01:30:00" \
    0 1 true false yes no "" "3:25" 205 >"$corpus/values/other-forms"

# Settings as IntegrationStore writes them (compact JSON, keys in order) for a Five9
# integration made by the wizard, one with every Advanced field, and the demo's.
printf '%s' '{"backfillDays":90,"importMinutes":15,"queueGrouping":"campaign","region":"eu-uk","serviceLevelSeconds":20,"timeZone":"Europe/London","username":"wfm.admin"}' \
    >"$corpus/settings/five9-wizard.json"
printf '%s' '{"agentStateFolder":"Agent Reports","agentStateReport":"Agent State Details","backfillDays":30,"callLogFolder":"Shared Reports","callLogReport":"Call Log with Skills","importMinutes":60,"queueGrouping":"campaign+skill","region":"eu-de","serviceLevelSeconds":30,"timeZone":"Europe/Berlin","username":"wfm.admin"}' \
    >"$corpus/settings/five9-advanced.json"
printf '%s' '{"backfillDays":90,"importMinutes":30,"queueCount":12,"username":"demo"}' \
    >"$corpus/settings/demo.json"
printf '%s' '{}' >"$corpus/settings/empty.json"

find "$corpus" -type f -empty -print -delete | sed 's/^/empty, removed: /'
for d in "$corpus"/*/; do echo "$(basename "$d"): $(find "$d" -type f | wc -l) files, $(du -sh "$d" | cut -f1)"; done
