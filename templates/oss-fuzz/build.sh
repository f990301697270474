#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build for @@project@@ (written by `derive-mutators init oss-fuzz`; edit freely).
# Runs inside the base-builder-javascript image with the project at $SRC/@@project@@; each
# compile_javascript_fuzzer line declares one fuzzer (a Jazzer.js entry in .clusterfuzzlite/fuzzers/).
cd "$SRC/@@project@@"
npm ci
@@compile@@
@@fuzzers@@
