#!/usr/bin/env bash
# Rebuilds src/main/resources/dev/pith/lang/profiles.bin, the language detector's n-gram profiles,
# from the language models inside Lingua's jar on Maven Central (Apache-2.0, Peter M. Stahl; see
# NOTICE). Lingua is read here only: it is neither a compile, runtime nor test dependency of Pith.
# The output is byte-for-byte reproducible for a given Lingua version.
set -euo pipefail
cd "$(dirname "$0")/.."

LINGUA_VERSION="${LINGUA_VERSION:-1.2.2}"
WORK="target/lingua-models"
OUT="src/main/resources/dev/pith/lang/profiles.bin"

mkdir -p "$WORK" "$(dirname "$OUT")"
JAR="$WORK/lingua-$LINGUA_VERSION.jar"
if [ ! -f "$JAR" ]; then
  mvn -B -q dependency:copy \
    -Dartifact="com.github.pemistahl:lingua:$LINGUA_VERSION" \
    -DoutputDirectory="$WORK"
fi
java -Xmx4g tools/BuildLanguageProfiles.java "$JAR" "$OUT"
sha256sum "$OUT"
