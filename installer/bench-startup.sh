#!/usr/bin/env bash
# The start-up and command-line benchmarks of docs/performance.md, on the app image:
#  1. StartupBenchmark: process start to the first painted window and to the home list with its
#     sessions, for (a) an empty JavaFX window, (b) `java -jar target/scorecard-studio.jar` and (c) the
#     app image's launcher; and opening a 200-goal session to its first stage page. RUNS rounds
#     (default 10), alternated.
#  2. CommandBenchmark: the launcher's --version against sessions, summary, clients and export of
#     the demo, alternated.
# Runs under Xvfb when no display is set.
#
#   ./mvnw -Pinstaller package -DskipTests && ./mvnw test-compile && installer/bench-startup.sh
#
# Extra arguments go to StartupBenchmark (e.g. --variant no-aot=/tmp/copy/bin/scorecard-studio).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=target/installer/image/scorecard-studio/bin/scorecard-studio
[ -x "$launcher" ] || { echo "No app image: run ./mvnw -Pinstaller package -DskipTests first" >&2; exit 1; }
[ -f target/test-classes/com/scorecardstudio/bench/StartupBenchmark.class ] \
  || { echo "No benchmark classes: run ./mvnw test-compile first" >&2; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "Needs a display or Xvfb (apt-get install xvfb)" >&2; exit 1; }
  n=90; while [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb"' EXIT
  export DISPLAY=":$n"
  while [ ! -e "/tmp/.X11-unix/X$n" ]; do sleep 0.1; done
fi
cp="target/test-classes:target/classes:target/lib/*"
java --enable-native-access=ALL-UNNAMED -cp "$cp" com.scorecardstudio.bench.StartupBenchmark \
  --runs "${RUNS:-10}" --image "$launcher" "$@"
java --enable-native-access=ALL-UNNAMED -cp "$cp" com.scorecardstudio.bench.CommandBenchmark \
  --runs "${RUNS:-10}" --image "$launcher"
