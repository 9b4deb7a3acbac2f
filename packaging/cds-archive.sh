#!/bin/sh
# Writes Microplan's AppCDS archive, lib/app/microplan.jsa, for the app image this script sits in (in lib/app),
# from the list of classes a start loads (lib/app/microplan.classlist, recorded by packaging/build.sh). The JVM
# then maps those classes ready-made instead of reading and checking them at every start.
#
# A JDK 17 archive only works at the exact paths it was made for, so it is not shipped: the .deb runs this after
# installing to /opt/microplan, and a bare app image runs it in the background when Microplan first quits without
# one (app.microplan.ImageArchive). After moving an app image, delete lib/app/microplan.jsa (or run this again).
# Needs no display. POSIX sh: it runs from the .deb's postinst.
set -e
app_dir=$(cd "$(dirname "$0")" && pwd -P)
image=$(dirname "$(dirname "$app_dir")")
java="$image/lib/runtime/bin/java"
cfg="$app_dir/Microplan.cfg"
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app_dir#g" | paste -sd: -)
# The launcher's own options, without the archive ones (this makes the archive rather than reading it).
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e 'SharedArchiveFile' -e '^-Xshare')
# Written under another name and then renamed: a start meanwhile (Microplan runs this as it quits, the first time)
# never maps half an archive.
part="$app_dir/microplan.jsa.part$$"
# shellcheck disable=SC2086  # one option per word, as in the .cfg
"$java" $options -Xshare:dump -XX:SharedClassListFile="$app_dir/microplan.classlist" \
  -XX:SharedArchiveFile="$part" -cp "$classpath" > "$app_dir/microplan.jsa.log" 2>&1 || {
    rm -f "$part"
    echo "Microplan: could not write the start-up archive (see $app_dir/microplan.jsa.log); it starts a little slower" >&2
    exit 1
  }
mv -f "$part" "$app_dir/microplan.jsa"
rm -f "$app_dir/microplan.jsa.log"
