#!/bin/sh
# Writes Microplan's AppCDS archive, lib/app/microplan.jsa, for the app image this script sits in (in lib/app),
# from the list of classes a start loads (lib/app/microplan.classlist, recorded by packaging/build.sh). The JVM
# then maps those classes ready-made instead of reading and checking them at every start.
#
# A JDK 17 archive only works at the exact paths it was made for: build.sh runs this for the image it builds,
# the .deb runs it again after installing to /opt/microplan, and after moving an app image, run it again there.
# Needs no display. POSIX sh: it runs from the .deb's postinst.
set -e
app_dir=$(cd "$(dirname "$0")" && pwd -P)
image=$(dirname "$(dirname "$app_dir")")
java="$image/lib/runtime/bin/java"
cfg="$app_dir/Microplan.cfg"
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app_dir#g" | paste -sd: -)
# The launcher's own options, without the archive ones (this makes the archive rather than reading it).
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e 'SharedArchiveFile' -e '^-Xshare')
# shellcheck disable=SC2086  # one option per word, as in the .cfg
"$java" $options -Xshare:dump -XX:SharedClassListFile="$app_dir/microplan.classlist" \
  -XX:SharedArchiveFile="$app_dir/microplan.jsa" -cp "$classpath" > "$app_dir/microplan.jsa.log" 2>&1 || {
    echo "Microplan: could not write the start-up archive (see $app_dir/microplan.jsa.log); it starts a little slower" >&2
    exit 1
  }
rm -f "$app_dir/microplan.jsa.log"
