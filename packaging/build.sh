#!/usr/bin/env bash
# Builds Microplan for installing: a trimmed Java runtime (jlink) with JavaFX inside it, the app image (jpackage)
# whose launcher names an AppCDS archive made where it runs (not shipped), and the installer of this system (.deb on
# Linux, .msi on Windows, .dmg on macOS). Everything lands in target/package/. Run from anywhere:
#
#   packaging/build.sh            app image + installer
#   packaging/build.sh app-image  app image only
#
# Needs a JDK 17 with jpackage and jlink, Maven, and a display for the one scripted start that records the AppCDS
# archive (on a machine without one, Xvfb is used through xvfb-run). Linux .deb: dpkg-deb and fakeroot.
# Windows .msi: WiX Toolset 3 on the PATH, run from Git Bash. macOS .dmg: Xcode command-line tools.
# `mvn verify` never runs this: CI stays fast and needs no jpackage.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
what=${1:-all}

case "$(uname -s)" in
  Linux) os=linux; installer=deb; natives='so'; native_dir=lib; sep=':' ;;
  Darwin) os=macos; installer=dmg; natives='dylib'; native_dir=lib; sep=':' ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; installer=msi; natives='dll'; native_dir=bin; sep=';' ;;
  *) echo "packaging/build.sh: unknown system $(uname -s)" >&2; exit 2 ;;
esac

out="$PWD/target/package"   # absolute: the AppCDS archive records the class path it was made with
echo "== Maven: microplan.jar and its libraries (tests are mvn verify's job)"
mvn -B -q -DskipTests package
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/javafx"

version=$(sed -n 's/^version=//p' target/classes/app/microplan/version.properties)
app_version=${version%%-*}   # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0

# JavaFX goes into the runtime as modules, not onto the class path: its classes then load from the runtime image
# (no bytecode verification, and covered by the CDS archives) instead of from jars on the class path.
cp target/microplan.jar "$out/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-base-*-*.jar|javafx-graphics-*-*.jar|javafx-controls-*-*.jar) cp "$jar" "$out/javafx/" ;;
    javafx-*) ;;   # the empty per-platform marker jars
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done

echo "== jlink: the runtime"
# java.desktop: PDFBox (java.awt fonts/colours) and JavaFX itself; java.logging: our error log, ControlsFX, Ikonli,
# PDFBox; jdk.localedata: number formats of every locale (the app reads and writes numbers the trader's way);
# java.xml, jdk.unsupported: required by javafx.graphics. No java.sql: Jackson only uses it when present.
modules=java.base,java.desktop,java.logging,java.xml,jdk.unsupported,jdk.localedata,javafx.base,javafx.graphics,javafx.controls
runtime() {   # runtime FOLDER COMPRESSION
  jlink --module-path "$out/javafx" --add-modules "$modules" \
    --exclude-resources "glob:/javafx.graphics/*.$natives" \
    --strip-debug --no-header-files --no-man-pages "--compress=$2" --generate-cds-archive \
    --output "$1"
  # JavaFX's native libraries sit where the JDK keeps its own, so JavaFX loads them in place instead of unpacking
  # them into the user's home folder first.
  local graphics
  graphics=$(ls "$out"/javafx/javafx-graphics-*.jar)
  (cd "$1/$native_dir" && jar xf "$graphics" $(jar tf "$graphics" | grep "\.$natives\$"))
  # The base CDS archive for heaps over 32 GB (no compressed oops): Microplan never runs with such a heap.
  rm -f "$1/lib/server/classes_nocoops.jsa"
  if [ "$os" = linux ]; then
    # The Linux launcher always names its own AppCDS archive (below), and a JDK 17 told to use an archive that is
    # missing runs without any rather than falling back to this default one: 12 MB nothing reads (decision 0012).
    rm -f "$1/lib/server/classes.jsa"
    # The native libraries' symbol tables (only crash reports read them; the exported names stay): 4 MB of libjvm.
    if command -v strip >/dev/null; then
      find "$1" -name '*.so' -exec strip --strip-unneeded {} +
    fi
  fi
}
runtime "$out/runtime" 2

echo "== jpackage: the app image"
options() {   # the options in an option file, one per line: "--option value" or "--flag"; # starts a comment
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    if [[ "$line" == *' '* ]]; then
      local value=${line#* }; value=${value#\"}; value=${value%\"}
      printf '%s\0%s\0' "${line%% *}" "$value"
    else
      printf '%s\0' "$line"
    fi
  done < "$1"
}
mapfile -d '' common < <(options packaging/common.jpackage)
mapfile -d '' image_options < <(options "packaging/$os/app-image.jpackage")
java_options=(
  # JVM warnings to stderr, never stdout: `Microplan size --json` output stays clean JSON.
  --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr'
  # No --add-exports/--add-opens: the ControlsFX parts the app uses need none (docs/decisions/0010).
  # No hsperfdata file in /tmp at every start (only jps/jstat read it): a few ms sooner.
  --java-options '-XX:-UsePerfData'
  # Only the quick first-tier compiler (C1): at start the optimising one spent seconds of a core compiling code run
  # once (class spinning, CSS matching), and the plan's numbers came twice as late; an edit's recompute stays well
  # under 1 ms without it (decision 0017).
  --java-options '-XX:TieredStopAtLevel=1'
  # One compiler thread, not two: on two cores the second kept a core compiling while the window was being built,
  # and the plan's numbers came about 0.1 s sooner without it (decision 0019).
  --java-options '-XX:CICompilerCount=1'
)
if [ "$os" = linux ]; then
  # The AppCDS archive: made where the .deb installs, or by a bare image as Microplan first quits (not shipped).
  # A missing archive is silently skipped.
  java_options+=(--java-options '-XX:SharedArchiveFile=$APPDIR/microplan.jsa' --java-options '-Xshare:auto')
fi
jpackage --type app-image "${common[@]}" "${image_options[@]}" "${java_options[@]}" \
  --app-version "$app_version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"

case "$os" in
  linux) image="$out/Microplan"; app_dir="$image/lib/app"; launcher="$image/bin/Microplan" ;;
  macos) image="$out/Microplan.app"; app_dir="$image/Contents/app"; launcher="$image/Contents/MacOS/Microplan" ;;
  windows) image="$out/Microplan"; app_dir="$image/app"; launcher="$image/Microplan.exe" ;;
esac

if [ "$os" = linux ]; then
  echo "== The launcher: a shell script with the options jpackage wrote into Microplan.cfg"
  # jpackage's Linux launcher asks rpm and then dpkg which package owns it (rpm -qf, dpkg -S, twice each) at every
  # start, before Java starts: 0.4 s on a Debian desktop, more than the rest of the JVM's start (decision 0018).
  # The script starts the image's Java with the same options, class path, main class and jpackage.app-path.
  cfg="$app_dir/Microplan.cfg"
  from_cfg() {   # from_cfg KEY: the values of KEY in the .cfg, one per line, $APPDIR left for the script to fill
    sed -n "s/^$1=//p" "$cfg" | sed 's#\$APPDIR#$app#g'
  }
  {
    echo '#!/bin/sh'
    echo '# Microplan: starts the Java runtime inside this app image with the options of lib/app/Microplan.cfg.'
    echo "# Written by packaging/build.sh in place of jpackage's launcher, which asked rpm and dpkg which package"
    echo '# owns it at every start (0.4 s, decision 0018). Follows a symbolic link to itself (e.g. from /usr/bin).'
    echo 'image=$(dirname "$(dirname "$(readlink -f "$0")")")'
    echo 'app="$image/lib/app"'
    echo 'exec "$image/lib/runtime/bin/java" \'
    from_cfg java-options | while IFS= read -r option; do echo "  \"$option\" \\"; done
    echo '  "-Djpackage.app-path=$image/bin/Microplan" \'
    echo "  -cp \"$(from_cfg app.classpath | paste -sd: -)\" \\"
    echo "  $(from_cfg app.mainclass) \"\$@\""
  } > "$launcher.sh"
  chmod 755 "$launcher.sh"
  mv -f "$launcher.sh" "$launcher"

  echo "== AppCDS: one scripted start records the classes a start loads; the archive is made from that list"
  # The launcher's class path and options, plus the list to write and the switch that quits once the window shows
  # the journal and its selected plan (App.EXIT_AFTER_FIRST_FRAME). The sample journal has plans of every status.
  classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app_dir#g" | paste -sd: -)
  mapfile -t launcher_options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e 'SharedArchiveFile' -e '^-Xshare')
  journal=$(mktemp -d)
  cp -r assets/samples/journal/. "$journal/"
  with_display=()
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "no DISPLAY and no xvfb-run: install xvfb or run under a display" >&2; exit 2; }
    with_display=(xvfb-run -a -s "-screen 0 1440x900x24")
  fi
  "${with_display[@]}" "$image/lib/runtime/bin/java" "${launcher_options[@]}" \
    -XX:DumpLoadedClassList="$app_dir/microplan.classlist" -Dmicroplan.exitAfterFirstFrame=true \
    -cp "$classpath" app.microplan.Launcher --journal "$journal"
  cp packaging/cds-archive.sh "$app_dir/"
  "$app_dir/cds-archive.sh"
  # The launcher must really map it: -Xshare:on fails instead of quietly starting without the archive.
  "${with_display[@]}" "$image/lib/runtime/bin/java" "${launcher_options[@]}" \
    -XX:SharedArchiveFile="$app_dir/microplan.jsa" -Xshare:on -Dmicroplan.exitAfterFirstFrame=true \
    -cp "$classpath" app.microplan.Launcher --journal "$journal"
  rm -rf "$journal"
  # Not shipped (43 MB of the image, decision 0017): the .deb makes it where it installs, a bare image when
  # Microplan first quits (app.microplan.ImageArchive). Until then the launcher's -XX:SharedArchiveFile names a
  # missing file, which a JDK 17 silently starts without.
  rm -f "$app_dir/microplan.jsa"
fi

echo "== The launcher runs the commands headless too"
sized=$("$launcher" size --equity 5000 --risk-pct 1 --preset BTC-MICRO-0.01 --entry 70000 --stop 69300 --target 72100 --leverage 10)
echo "$sized" | head -n 1; echo "$sized" | tail -n 1

if [ "$what" = all ]; then
  echo "== jpackage: the $installer installer"
  mapfile -d '' installer_options < <(options "packaging/$os/$installer.jpackage")
  installer_common=()   # the image already knows its main jar and class: jpackage refuses them again here
  for ((i = 0; i < ${#common[@]}; i++)); do
    case "${common[i]}" in --main-jar|--main-class) i=$((i + 1)) ;; *) installer_common+=("${common[i]}") ;; esac
  done
  package_image="$image"
  if [ "$os" = linux ]; then
    # The .deb gets a copy of the image whose runtime is not compressed by jlink: the package's own xz then packs
    # it to about half the size of an already compressed one (decision 0017); the archive is made again where the
    # package installs (postinst), so this one, for this folder, stays out of it.
    echo "== jlink: an uncompressed runtime for the .deb"
    runtime "$out/runtime-uncompressed" 0
    package_image="$out/deb-image/$(basename "$image")"
    mkdir -p "$out/deb-image"
    cp -a "$image" "$package_image"
    rm -rf "$package_image/lib/runtime"
    cp -a "$out/runtime-uncompressed" "$package_image/lib/runtime"
  fi
  jpackage "${installer_common[@]}" "${installer_options[@]}" --app-version "$app_version" \
    --app-image "$package_image" --dest "$out"
fi

echo "== Sizes"
du -sh "$out/runtime" "$image" | sed 's/^/  /'
for file in "$out"/*."$installer"; do
  [ -f "$file" ] && ls -l "$file" | awk '{printf "  %.1fM\t%s\n", $5 / 1048576, $9}'
done
echo "  built in $(( $(date +%s) - started )) s"
