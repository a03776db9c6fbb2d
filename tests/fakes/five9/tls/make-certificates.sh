#!/usr/bin/env bash
# Makes the certificates tst_faultsuite has the fake Five9 serve, for the key the fake already
# has (../test-key.pem). Committed rather than made at each run: an expired certificate stays
# expired, and OpenSSL 3.0 (Debian 12) can back-date one only through `openssl ca`.
#   wrong-host-cert.pem  self-signed, valid until 2126, for api.five9.invalid only
#   expired-cert.pem     self-signed for localhost and 127.0.0.1, valid 2020-01-01 to 01-02
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
key="$here/../test-key.pem"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

openssl req -x509 -key "$key" -days 36500 -subj "/CN=api.five9.invalid/O=ACD Connect tests" \
    -addext "subjectAltName=DNS:api.five9.invalid" -out "$here/wrong-host-cert.pem"

mkdir -p db/newcerts && touch db/index.txt && echo 01 >db/serial
cat >ca.cnf <<'CONF'
[ca]
default_ca = fake
[fake]
dir = ./db
database = $dir/index.txt
new_certs_dir = $dir/newcerts
serial = $dir/serial
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
[anything]
commonName = supplied
organizationName = optional
CONF
openssl req -new -key "$key" -subj "/CN=localhost/O=ACD Connect tests" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -out expired.csr
openssl ca -batch -config ca.cnf -selfsign -keyfile "$key" -in expired.csr \
    -startdate 20200101000000Z -enddate 20200102000000Z -notext -out "$here/expired-cert.pem"
