#!/usr/bin/env python3
"""Reads a Helm values file the way Helm 3 does and prints it as sorted JSON.

An independent reference for `lsready values`: PyYAML, configured like
go-yaml v2 behind sigs.k8s.io/yaml (helm-yaml-semantics.md sections 0-2):
only the first document counts; only plain scalars are resolved, with
Helm's exact boolean/null table (y/n/on/off included, case-sensitive);
integers drop every `_` and accept 0x/0o/0b and leading-0 octal; no
timestamps, no sexagesimal; every number ends up a float; map keys become
strings. `.inf`/`.nan`, null keys and a non-map top level are errors, as
in Helm.

Usage: helm_values_reference.py FILE   (exit 0 and JSON on stdout, or exit 1)
Known difference: PyYAML lets a mapping's own keys beat `<<` merged keys
wherever `<<` appears; go-yaml lets a `<<` override keys written before it.
"""
import json
import math
import re
import struct
import sys

import yaml

TRUE = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}
FALSE = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}
NULL = {"", "~", "null", "Null", "NULL"}
INF_NAN = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"}
YAML_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
DOT_FLOAT = re.compile(r"\.[0-9]+([eE][-+]?[0-9]+)?")


class HelmError(Exception):
    pass


def go_parse_int(text):
    """strconv.ParseInt(text, 0, 64), then ParseUint(text, 0, 64); None when both fail."""
    sign, digits = 1, text
    if digits[:1] in ("+", "-"):
        sign = -1 if digits[0] == "-" else 1
        digits = digits[1:]
    signed = digits != text
    base = 10
    if len(digits) >= 2 and digits[0] == "0":
        prefix = digits[1].lower()
        if prefix in "xob":
            base = {"x": 16, "o": 8, "b": 2}[prefix]
            digits = digits[2:]
        else:
            base = 8
            digits = digits[1:]
    alphabet = "0123456789abcdef"[:base]
    if not digits or any(c.lower() not in alphabet for c in digits):
        return None
    value = sign * int(digits, base)
    if -(2 ** 63) <= value < 2 ** 63:
        return value
    if not signed and value < 2 ** 64:
        return value
    return None


def resolve_plain(text):
    """go-yaml v2 resolve.go for an untagged plain scalar."""
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    if text in NULL:
        return None
    if text in INF_NAN:
        raise HelmError("json: unsupported value: %s" % text)
    first = text[0]
    if first == ".":
        if DOT_FLOAT.fullmatch(text):
            number = float(text)
            return number if math.isfinite(number) else text
        return text
    if first in "+-0123456789":
        # Timestamps decode as their text; none of them parses as a number.
        plain = text.replace("_", "")
        integer = go_parse_int(plain)
        if integer is not None:
            return integer
        if YAML_FLOAT.fullmatch(plain):
            number = float(plain)
            return number if math.isfinite(number) else text
        return text
    return text


class HelmLoader(yaml.SafeLoader):
    pass


HelmLoader.yaml_implicit_resolvers = {}
HelmLoader.add_implicit_resolver("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"), ["<"])
HelmLoader.add_implicit_resolver("tag:lsready:plain", re.compile(r".*", re.S), None)
HelmLoader.add_constructor("tag:lsready:plain", lambda loader, node: resolve_plain(node.value))


def construct_unknown(loader, node):
    """Local tags (`!foo 12`) keep the raw text, as go-yaml does."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


HelmLoader.add_constructor(None, construct_unknown)


def go_float32_g(number):
    """strconv.FormatFloat(number, 'g', -1, 32)."""
    single = struct.unpack("f", struct.pack("f", number))[0]
    for precision in range(1, 10):
        text = "%.*e" % (precision - 1, single)
        if struct.unpack("f", struct.pack("f", float(text)))[0] == single:
            break
    mantissa, exponent = text.split("e")
    exponent = int(exponent)
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    if exponent < -4 or exponent >= 6:
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return "%s%se%s%02d" % ("-" if number < 0 else "", body, "-" if exponent < 0 else "+", abs(exponent))
    return repr(float(mantissa + "e" + str(exponent))).removesuffix(".0")


def json_key(key):
    """sigs.k8s.io/yaml convertToJSONableObject for a map key."""
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, str):
        return key
    if isinstance(key, int):
        return str(key)
    if isinstance(key, float):
        return go_float32_g(key)
    raise HelmError("unsupported map key of type: %r" % (key,))


def jsonable(value):
    """The value after json.Marshal and a decode without UseNumber."""
    if isinstance(value, dict):
        return {json_key(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return str(value)


def main(path):
    with open(path, "rb") as handle:
        text = handle.read().decode("utf-8")
    lines = text.split("\n", 1)
    if lines[0].rstrip(" \t\r") in ("USER-SUPPLIED VALUES:", "COMPUTED VALUES:"):
        text = "\n" + (lines[1] if len(lines) > 1 else "")
    document = next(iter(yaml.load_all(text, Loader=HelmLoader)), None)
    if document is None:
        document = {}
    if not isinstance(document, dict):
        raise HelmError("cannot unmarshal %s into map[string]interface {}" % type(document).__name__)
    print(json.dumps(jsonable(document), sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False))


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except (HelmError, yaml.YAMLError) as error:
        print("error: %s" % error, file=sys.stderr)
        sys.exit(1)
