#!/usr/bin/env python3
"""Generate lsready's embedded LangSmith chart defaults.

Reads the chart's own values.yaml for every corpus version >= 0.10 (the
oldest chart lsready supports) and writes one Swift file per version into
Sources/LSReadyCore/Chart/Generated/, holding that version's complete
defaults as a JSON string literal, plus an index of the snapshots.

The values are read the way Helm 3 reads them (go-yaml v2 through
sigs.k8s.io/yaml; see ../shared/spec/helm-yaml-semantics.md sections 1-2):
go-yaml's scalar resolver instead of YAML 1.1's, map keys stringified, only
the first document, merge keys applied where they appear.

The output is deterministic (sorted keys, no timestamps, no absolute paths),
so a test can regenerate into a temporary folder and compare bytes.

Usage: python3 Scripts/generate-chart-data.py [--corpus DIR] [--output DIR] [--self-test]
"""

import argparse
import base64
import hashlib
import json
import math
import os
import re
import struct
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(REPO, "..", "shared", "corpus", "langsmith-chart")
DEFAULT_OUTPUT = os.path.join(REPO, "Sources", "LSReadyCore", "Chart", "Generated")
OLDEST_SUPPORTED = (0, 10, 0)
SCRIPT = "Scripts/generate-chart-data.py"
SNAPSHOT_FILE_PREFIX = "ChartDefaults_"
INDEX_FILE = "ChartSnapshotIndex.swift"


class ChartDataError(Exception):
    """A values file Helm would reject, or a corpus the generator cannot use."""


# --- go-yaml v2 scalar resolution (resolve.go) --------------------------------

BOOL_TRUE = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}
BOOL_FALSE = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"}
NULLS = {"~", "null", "Null", "NULL"}
INFINITIES = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"}
NANS = {".nan", ".NaN", ".NAN"}
NUMBER_HINTS = set("+-0123456789")
TABLE_HINTS = set("yYnNtTfFoO~")
YAML_STYLE_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
# Go's strconv.ParseFloat on a decimal literal, as the '.'-hint path uses it:
# digits may be separated by single underscores.
GO_DECIMAL_FLOAT = re.compile(r"^[-+]?(\.[0-9](_?[0-9])*|[0-9](_?[0-9])*(\.([0-9](_?[0-9])*)?)?)([eE][-+]?[0-9](_?[0-9])*)?$")
INT64_MIN, INT64_MAX, UINT64_MAX = -(2 ** 63), 2 ** 63 - 1, 2 ** 64 - 1

TAG_NULL = "tag:yaml.org,2002:null"
TAG_BOOL = "tag:yaml.org,2002:bool"
TAG_INT = "tag:yaml.org,2002:int"
TAG_FLOAT = "tag:yaml.org,2002:float"
TAG_STR = "tag:yaml.org,2002:str"
TAG_BINARY = "tag:yaml.org,2002:binary"
TAG_MERGE = "tag:yaml.org,2002:merge"
TAG_MAP = "tag:yaml.org,2002:map"
TAG_SEQ = "tag:yaml.org,2002:seq"


def go_parse_int(text):
    """strconv.ParseInt(text, 0, 64), then ParseUint(text, 0, 64); None when neither accepts it."""
    sign, body = 1, text
    if body[:1] in ("+", "-"):
        sign, body = (-1 if body[0] == "-" else 1), body[1:]
    base = 10
    if body[:2] in ("0x", "0X"):
        base, body = 16, body[2:]
    elif body[:2] in ("0o", "0O"):
        base, body = 8, body[2:]
    elif body[:2] in ("0b", "0B"):
        base, body = 2, body[2:]
    elif len(body) > 1 and body[0] == "0":
        base, body = 8, body[1:]
    digits = "0123456789abcdef"[:base]
    if not body or any(c.lower() not in digits for c in body):
        return None
    value = sign * int(body, base)
    if INT64_MIN <= value <= INT64_MAX:
        return value
    if text[:1] not in ("+", "-") and value <= UINT64_MAX:  # ParseUint takes no sign
        return value
    return None


def go_parse_float(text):
    """strconv.ParseFloat(text, 64) for decimal text; None when out of range (go-yaml keeps a string)."""
    value = float(text.replace("_", ""))
    return None if math.isinf(value) else value


def resolve_plain(text):
    """The value go-yaml v2 gives a plain, untagged scalar: (tag, value)."""
    if text == "":
        return TAG_NULL, None
    hint = text[0]
    if hint in NUMBER_HINTS or hint in TABLE_HINTS or hint == ".":
        if text in BOOL_TRUE:
            return TAG_BOOL, True
        if text in BOOL_FALSE:
            return TAG_BOOL, False
        if text in NULLS:
            return TAG_NULL, None
        if text in INFINITIES or text in NANS:
            # go-yaml resolves these, but Helm's JSON conversion then fails.
            raise ChartDataError(f"'{text}' is not a value Helm can use (json: unsupported value)")
        if hint == ".":
            if GO_DECIMAL_FLOAT.match(text):
                value = go_parse_float(text)
                if value is not None:
                    return TAG_FLOAT, value
        elif hint in NUMBER_HINTS:
            # Timestamps would be tried first, but decode to their original text.
            plain = text.replace("_", "")
            if plain:
                integer = go_parse_int(plain)
                if integer is not None:
                    return TAG_INT, integer
                if YAML_STYLE_FLOAT.match(plain):
                    value = go_parse_float(plain)
                    if value is not None:
                        return TAG_FLOAT, value
    return TAG_STR, text


class HelmResolver(yaml.resolver.BaseResolver):
    """Resolves plain scalars with go-yaml v2's rules; everything quoted is a string."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            if implicit[0]:
                if value == "<<":
                    return TAG_MERGE
                return resolve_plain(value)[0]
            return TAG_STR
        if kind is yaml.SequenceNode:
            return TAG_SEQ
        return TAG_MAP


class HelmConstructor(yaml.constructor.SafeConstructor):
    """Builds Python values as go-yaml v2 decodes into interface{}."""

    def construct_scalar_with_tag(self, node, wanted):
        text = self.construct_scalar(node)
        if node.tag == TAG_MERGE:
            return text
        tag, value = resolve_plain(text)
        if tag != wanted:
            raise ChartDataError(f"line {node.start_mark.line + 1}: cannot decode '{text}' as {wanted}")
        return value

    def construct_helm_null(self, node):
        return self.construct_scalar_with_tag(node, TAG_NULL)

    def construct_helm_bool(self, node):
        return self.construct_scalar_with_tag(node, TAG_BOOL)

    def construct_helm_int(self, node):
        return self.construct_scalar_with_tag(node, TAG_INT)

    def construct_helm_float(self, node):
        text = self.construct_scalar(node)
        tag, value = resolve_plain(text)
        if tag == TAG_INT:
            return float(value)
        if tag != TAG_FLOAT:
            raise ChartDataError(f"line {node.start_mark.line + 1}: cannot decode '{text}' as a float")
        return value

    def construct_helm_str(self, node):
        return self.construct_scalar(node)

    def construct_helm_binary(self, node):
        return base64.b64decode(self.construct_scalar(node)).decode("utf-8")

    def construct_unresolved(self, node):
        # Custom and local tags are not resolved: a scalar keeps its raw text.
        if isinstance(node, yaml.ScalarNode):
            return self.construct_scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return self.construct_helm_seq(node)
        return self.construct_helm_map(node)

    def construct_helm_seq(self, node):
        return [self.construct_object(child, deep=True) for child in node.value]

    def construct_helm_map(self, node):
        """Keys in order, the last duplicate winning; `<<` merges where it appears and overwrites."""
        result = {}
        for key_node, value_node in node.value:
            is_merge = isinstance(key_node, yaml.ScalarNode) and key_node.tag == TAG_MERGE and key_node.value == "<<"
            if is_merge:
                for merged in self.merge_sources(value_node):
                    result.update(merged)
                continue
            key = helm_key(self.construct_object(key_node, deep=True), key_node)
            result[key] = self.construct_object(value_node, deep=True)
        return result

    def merge_sources(self, node):
        """The maps a merge value applies, in application order (a list applies last to first)."""
        if isinstance(node, yaml.MappingNode):
            return [self.construct_object(node, deep=True)]
        if isinstance(node, yaml.SequenceNode) and all(isinstance(item, yaml.MappingNode) for item in node.value):
            return [self.construct_object(item, deep=True) for item in reversed(node.value)]
        raise ChartDataError(f"line {node.start_mark.line + 1}: map merge requires map or sequence of maps as the value")


HelmConstructor.yaml_constructors = {}
HelmConstructor.yaml_multi_constructors = {}
HelmConstructor.add_constructor(TAG_NULL, HelmConstructor.construct_helm_null)
HelmConstructor.add_constructor(TAG_BOOL, HelmConstructor.construct_helm_bool)
HelmConstructor.add_constructor(TAG_INT, HelmConstructor.construct_helm_int)
HelmConstructor.add_constructor(TAG_FLOAT, HelmConstructor.construct_helm_float)
HelmConstructor.add_constructor(TAG_STR, HelmConstructor.construct_helm_str)
HelmConstructor.add_constructor(TAG_BINARY, HelmConstructor.construct_helm_binary)
HelmConstructor.add_constructor(TAG_MERGE, HelmConstructor.construct_helm_str)
HelmConstructor.add_constructor(TAG_SEQ, HelmConstructor.construct_helm_seq)
HelmConstructor.add_constructor(TAG_MAP, HelmConstructor.construct_helm_map)
HelmConstructor.add_constructor(None, HelmConstructor.construct_unresolved)


class HelmLoader(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser,
                 yaml.composer.Composer, HelmConstructor, HelmResolver):
    """A PyYAML loader configured like go-yaml v2 as Helm uses it."""

    def __init__(self, stream):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        HelmConstructor.__init__(self)
        HelmResolver.__init__(self)


def go_format_float32(value):
    """strconv.FormatFloat(value, 'g', -1, 32): the shortest digits that round-trip a float32."""
    as_float32 = struct.unpack("f", struct.pack("f", value))[0]
    if as_float32 == 0:
        return "0" if math.copysign(1, as_float32) > 0 else "-0"
    for precision in range(1, 10):
        text = f"{as_float32:.{precision - 1}e}"
        if struct.unpack("f", struct.pack("f", float(text)))[0] == as_float32:
            break
    mantissa, exponent = text.split("e")
    exponent = int(exponent)
    sign = "-" if mantissa.startswith("-") else ""
    digits = mantissa.lstrip("-").replace(".", "").rstrip("0") or "0"
    if exponent < -4 or exponent >= 6:  # Go uses %e when exp < -4 || exp >= 6 for the shortest form
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{body}e{'-' if exponent < 0 else '+'}{abs(exponent):02d}"
    if exponent < 0:
        return f"{sign}0.{'0' * (-exponent - 1)}{digits}"
    integer = digits[: exponent + 1].ljust(exponent + 1, "0")
    fraction = digits[exponent + 1:]
    return f"{sign}{integer}{'.' + fraction if fraction else ''}"


def helm_key(key, node):
    """A map key as sigs.k8s.io/yaml stringifies it (helm-yaml-semantics.md section 2)."""
    line = node.start_mark.line + 1
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, str):
        return key
    if isinstance(key, int):
        if key > INT64_MAX:
            raise ChartDataError(f"line {line}: unsupported map key of type: uint64")
        return str(key)
    if isinstance(key, float):
        return go_format_float32(key)
    if key is None:
        raise ChartDataError(f"line {line}: unsupported map key of type: %!s(<nil>)")
    raise ChartDataError(f"line {line}: invalid map key")


def load_helm_values(path):
    """The values Helm reads from a values file: the first document, a map ({} when empty)."""
    with open(path, "rb") as handle:
        loader = HelmLoader(handle.read().decode("utf-8"))
    try:
        root = loader.get_node() if loader.check_node() else None
        values = {} if root is None else loader.construct_document(root)
    finally:
        loader.dispose()
    if values is None:
        return {}
    if not isinstance(values, dict):
        raise ChartDataError(f"{path}: the top level is not a map")
    return values


# --- Swift output -------------------------------------------------------------

def parse_version(text):
    parts = text.split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


def check_chart_version(corpus, directory):
    """The folder name must be the chart's own version, or the data would be mislabeled."""
    with open(os.path.join(corpus, directory, "Chart.yaml"), "rb") as handle:
        chart = yaml.safe_load(handle)
    if str(chart.get("version")) != directory:
        raise ChartDataError(f"{directory}/Chart.yaml says version {chart.get('version')!r}")


def to_json(values):
    return json.dumps(values, sort_keys=True, indent=1, ensure_ascii=True, allow_nan=False,
                      separators=(",", ": "))


def raw_string_delimiter(text):
    """Enough '#' that neither the closing quote nor an escape can occur inside the raw literal."""
    hashes = "#"
    while ('"' + hashes) in text or ("\\" + hashes) in text:
        hashes += "#"
    return hashes


def swift_identifier(version):
    return "v" + "_".join(str(part) for part in version)


def snapshot_file(version, source_label, digest, json_text):
    text = ".".join(str(part) for part in version)
    hashes = raw_string_delimiter(json_text)
    return (
        f"// Generated by {SCRIPT}: do not edit by hand.\n"
        f"// Input: {source_label} (sha256 {digest}).\n"
        f"// Regenerate: python3 {SCRIPT}\n"
        f"\n"
        f"extension ChartData {{\n"
        f"    /// The LangSmith chart {text} defaults, as Helm reads its values.yaml.\n"
        f"    static let {swift_identifier(version)} = ChartSnapshotData(version: \"{text}\", defaultsJSON: {hashes}\"\"\"\n"
        f"{json_text}\n"
        f"\"\"\"{hashes})\n"
        f"}}\n"
    )


def index_file(versions, corpus_label):
    entries = "".join(f"        {swift_identifier(version)},\n" for version in versions)
    return (
        f"// Generated by {SCRIPT}: do not edit by hand.\n"
        f"// Input: the chart versions >= 0.10 in {corpus_label}/.\n"
        f"// Regenerate: python3 {SCRIPT}\n"
        f"\n"
        f"extension ChartData {{\n"
        f"    /// Every embedded snapshot, oldest first.\n"
        f"    static let snapshots: [ChartSnapshotData] = [\n"
        f"{entries}"
        f"    ]\n"
        f"}}\n"
    )


def write_if_changed(path, text):
    data = text.encode("utf-8")
    if os.path.exists(path):
        with open(path, "rb") as handle:
            if handle.read() == data:
                return
    with open(path, "wb") as handle:
        handle.write(data)


def generate(corpus, output):
    corpus_label = os.path.basename(os.path.normpath(corpus))
    versions = sorted(
        version for version in (parse_version(name) for name in os.listdir(corpus)
                                if os.path.isfile(os.path.join(corpus, name, "values.yaml")))
        if version is not None and version >= OLDEST_SUPPORTED
    )
    if not versions:
        raise ChartDataError(f"{corpus}: no chart versions >= 0.10.0 with a values.yaml")
    os.makedirs(output, exist_ok=True)
    written = {INDEX_FILE}
    for version in versions:
        directory = ".".join(str(part) for part in version)
        path = os.path.join(corpus, directory, "values.yaml")
        check_chart_version(corpus, directory)
        try:
            values = load_helm_values(path)
        except (yaml.YAMLError, ChartDataError) as error:
            raise ChartDataError(f"{path}: {error}") from error
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
        name = f"{SNAPSHOT_FILE_PREFIX}{'_'.join(str(part) for part in version)}.swift"
        source_label = f"{corpus_label}/{directory}/values.yaml"
        write_if_changed(os.path.join(output, name), snapshot_file(version, source_label, digest, to_json(values)))
        written.add(name)
    write_if_changed(os.path.join(output, INDEX_FILE), index_file(versions, corpus_label))
    # Files from versions no longer in the corpus would otherwise linger.
    for name in sorted(os.listdir(output)):
        if name.startswith(SNAPSHOT_FILE_PREFIX) and name.endswith(".swift") and name not in written:
            os.remove(os.path.join(output, name))
    return versions


# --- Self-test: the examples of helm-yaml-semantics.md sections 1-2 ----------

SELF_TEST_YAML = """\
bools: [y, Y, yes, Yes, YES, true, True, TRUE, on, On, ON, n, N, no, No, NO, false, False, FALSE, off, Off, OFF]
mixedCase: [yEs, tRUE, oN, nULL, .Nan, nan, inf, Infinity]
nulls: [~, null, Null, NULL]
empty:
quoted: ["true", 'yes', "1", ""]
ints: [1_000, 1__0_, +_1, 0x_1F, 0x1F, -0x1F, +0x1F, 0o17, 012, 0012, 0644, 0b1010, -0b1010, 00, -0, +0, 18446744073709551615]
floats: [08, 09, 1.5, 1., .5, +.5, 1e3, 1E3, 1e+3, 1.5e-3, .1e5, 1_0.5, 18446744073709551616]
strings: [_1, 0x, 0xg, 0b2, 0o8, 1.2.3, 123abc, +, ., 1e400, 1:20, 190:20:30, 2001-12-14, 2001-12-14T21:59:43.10-05:00, "<<", =]
tags: [!!str 12, !!int "12", !!bool yes, !foo 12]
keys: {0x10: a, 012: b, y: c, no: d, 1.5: e, 1.0: f, 3.14159265358979: g, 123456789.0: h}
collide: {y: 1, yes: 3, on: 4}
base: &base {a: 1, b: 1}
mergeOverwrites: {a: 2, <<: *base}
mergeBefore: {<<: *base, a: 2}
mergeList: {<<: [{a: 1}, {a: 2}]}
duplicate: {a: 1, a: 2}
---
second: document ignored
"""

SELF_TEST_EXPECTED = {
    "bools": [True] * 11 + [False] * 11,
    "mixedCase": ["yEs", "tRUE", "oN", "nULL", ".Nan", "nan", "inf", "Infinity"],
    "nulls": [None, None, None, None],
    "empty": None,
    "quoted": ["true", "yes", "1", ""],
    "ints": [1000, 10, 1, 31, 31, -31, 31, 15, 10, 10, 420, 10, -10, 0, 0, 0, 18446744073709551615],
    "floats": [8.0, 9.0, 1.5, 1.0, 0.5, 0.5, 1000.0, 1000.0, 1000.0, 0.0015, 10000.0, 10.5, 18446744073709551616.0],
    "strings": ["_1", "0x", "0xg", "0b2", "0o8", "1.2.3", "123abc", "+", ".", "1e400", "1:20", "190:20:30",
                "2001-12-14", "2001-12-14T21:59:43.10-05:00", "<<", "="],
    "tags": ["12", 12, True, "12"],
    "keys": {"16": "a", "10": "b", "true": "c", "false": "d", "1.5": "e", "1": "f", "3.1415927": "g", "1.2345679e+08": "h"},
    "collide": {"true": 4},
    "base": {"a": 1, "b": 1},
    "mergeOverwrites": {"a": 1, "b": 1},
    "mergeBefore": {"a": 2, "b": 1},
    "mergeList": {"a": 1},
    "duplicate": {"a": 2},
}

SELF_TEST_ERRORS = ["a: .inf", "a: -.Inf", "a: .nan", "~: 1", "18446744073709551615: 1", "? [a]\n: 1", "- a", "a: {<<: 1}"]


def self_test():
    """Checks the loader against the documented Helm behaviour; returns the failures."""
    import tempfile
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        def load(text):
            path = os.path.join(folder, "values.yaml")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            return load_helm_values(path)

        values = load(SELF_TEST_YAML)
        for key, expected in SELF_TEST_EXPECTED.items():
            if values.get(key) != expected or type(values.get(key)) is not type(expected):
                failures.append(f"{key}: expected {expected!r}, got {values.get(key)!r}")
        for item, expected in zip(values["ints"] + values["floats"], SELF_TEST_EXPECTED["ints"] + SELF_TEST_EXPECTED["floats"]):
            if type(item) is not type(expected):
                failures.append(f"{item!r} should be a {type(expected).__name__}")
        if set(values) != set(SELF_TEST_EXPECTED):
            failures.append(f"top-level keys: {sorted(values)}")
        if load("") != {} or load("# only a comment\n") != {}:
            failures.append("an empty file should give {}")
        for text in SELF_TEST_ERRORS:
            try:
                load(text)
                failures.append(f"{text!r} should be rejected")
            except (yaml.YAMLError, ChartDataError):
                pass
    return failures


def main():
    parser = argparse.ArgumentParser(description="Generate lsready's embedded LangSmith chart defaults.")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS,
                        help="folder of <version>/values.yaml (default: ../shared/corpus/langsmith-chart beside the repo)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="folder for the Swift files (default: Sources/LSReadyCore/Chart/Generated)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the loader against Helm's documented behaviour, write nothing")
    arguments = parser.parse_args()
    if arguments.self_test:
        failures = self_test()
        for failure in failures:
            print(f"generate-chart-data: self-test: {failure}", file=sys.stderr)
        print(f"generate-chart-data: self-test {'failed' if failures else 'passed'}")
        return 1 if failures else 0
    try:
        versions = generate(arguments.corpus, arguments.output)
    except (OSError, ChartDataError) as error:
        print(f"generate-chart-data: error: {error}", file=sys.stderr)
        return 1
    print(f"generate-chart-data: wrote {len(versions)} snapshots to {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
