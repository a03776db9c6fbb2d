#!/usr/bin/env python3
"""Extracts the XSD of Five9's Admin web service from the WSDL in shared/research, mapping
the v2 namespace to the one v13 uses, for `xmllint --schema` in tst_five9soap.
Run from this folder: ./extract-xsd.py /work/shared/research/five9-wsdl/WsAdminServiceV2.wsdl"""
import re
import sys

src = open(sys.argv[1], encoding='utf-8').read()
schemas = re.findall(r'(<xs:schema\b.*?</xs:schema>)', src, re.S)
assert len(schemas) == 2
v2 = 'http://service.admin.ws.five9.com/v2/'
v13 = 'http://service.admin.ws.five9.com/'
jaxb = schemas[0].replace('<xs:schema ', '<xs:schema xmlns:ns1="http://jaxb.dev.java.net/array" ', 1)
admin = schemas[1].replace(v2, v13)
admin = admin.replace('<xs:schema ', '<xs:schema xmlns:tns="%s" xmlns:ns1="http://jaxb.dev.java.net/array" ' % v13, 1)
admin = admin.replace('<xs:import namespace="http://jaxb.dev.java.net/array" />',
                      '<xs:import namespace="http://jaxb.dev.java.net/array" schemaLocation="jaxb-array.xsd" />')
admin = admin.replace('schemaLocation="http://ws-i.org/profiles/basic/1.1/swaref.xsd"', 'schemaLocation="swaref.xsd"')
head = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- Extracted from Five9\'s WsAdminServiceV2.wsdl (shared/research/five9-wsdl) by\n'
        '     extract-xsd.py; namespace mapped from .../v2/ to v13\'s %s. -->\n')
open('five9-admin-v13.xsd', 'w', encoding='utf-8').write(head % v13 + admin + '\n')
open('jaxb-array.xsd', 'w', encoding='utf-8').write(head % v13 + jaxb + '\n')
