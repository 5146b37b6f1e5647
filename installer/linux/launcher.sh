#!/bin/bash
# The app image's launcher on Linux (installed as bin/scorecard-studio in place of jpackage's own).
#
# jpackage's native launcher asks rpm and dpkg which package owns it on every start (`rpm -qf`,
# `dpkg -S`, and for an installed .deb `dpkg -L` of the whole package) to find its own library: about
# 0.15 s before the JVM even starts, for the window and for every command a script runs. This one
# starts the runtime's java straight away with what the launcher's .cfg says (class path, main class,
# JVM options: the AOT cache's among them), so everything else stays as jpackage laid it out.
set -e
launcher=$(readlink -f "${BASH_SOURCE[0]}")
root=${launcher%/bin/*}
APPDIR=$root/lib/app
name=${launcher##*/}
cfg=$APPDIR/$name.cfg
classpath=
mainclass=
options=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/$APPDIR}
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) mainclass=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done < "$cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$launcher" -Djava.class.path="$classpath" \
  "$mainclass" "$@"
