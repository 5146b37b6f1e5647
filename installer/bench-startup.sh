#!/usr/bin/env bash
# The start-up benchmark of docs/performance.md: time from process start to the first painted window
# for (a) an empty JavaFX window, (b) `java -jar target/scorecard-studio.jar` and (c) the app image's
# launcher, RUNS times each (default 10), alternated. Runs under Xvfb when no display is set.
#
#   ./mvnw -Pinstaller package -DskipTests && ./mvnw test-compile && installer/bench-startup.sh
#
# Extra arguments go to com.scorecardstudio.bench.StartupBenchmark (e.g. --warmup 2).
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
  sleep 1
fi
java -cp target/test-classes:target/classes com.scorecardstudio.bench.StartupBenchmark \
  --runs "${RUNS:-10}" --image "$launcher" "$@"
