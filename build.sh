#!/usr/bin/env bash
# THE build command of ebpdocuments: produces dist/ebpdocuments-<version>.zip.
#
#   ./build.sh          build the app (vue-tsc + Vite), stage an allowlisted copy
#                       of module/ (.zip-contents), stamp the version from
#                       package.json, build the composer autoloader, add index.php
#                       files, check the staged tree, zip it.
#   ./build.sh demo     build, then the local demo (tests/demo/run.sh, README "Demo").
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
repo_root="$(pwd)"

if [ "${1:-}" = "demo" ]; then
  # The zip and the app first (the demo serves the built bundle, or installs the zip in a real shop).
  if [ "${EBPDOCS_DEMO_SKIP_BUILD:-0}" != 1 ]; then
    bash "$repo_root/build.sh"
  fi
  exec bash tests/demo/run.sh
fi
if [ $# -gt 0 ]; then
  echo "usage: ./build.sh [demo]" >&2
  exit 2
fi

export COMPOSER_ALLOW_SUPERUSER=1
export COMPOSER_NO_INTERACTION=1
export DEBIAN_FRONTEND=noninteractive
export NPM_CONFIG_AUDIT=false
export NPM_CONFIG_FUND=false
export NPM_CONFIG_UPDATE_NOTIFIER=false

die() { printf '\033[1;31mbuild.sh: %s\033[0m\n' "$*" >&2; exit 1; }
header() { printf '\n\033[1m==> %s\033[0m  (at %ds)\n' "$1" $((SECONDS - started_at)); }
started_at=$SECONDS

# ------------------------------------------------------------------ tools ---
header "Tools"
missing=()
command -v php >/dev/null 2>&1 || missing+=(php-cli)
command -v composer >/dev/null 2>&1 || missing+=(composer)
command -v zip >/dev/null 2>&1 || missing+=(zip)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if command -v php >/dev/null 2>&1; then
  php -m 2>/dev/null | grep -qix mbstring || missing+=(php-mbstring)
  php -m 2>/dev/null | grep -qix dom || missing+=(php-xml)
fi
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing: ${missing[*]} (install them, or run as root)"
  echo "installing: ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "php $(php -r 'echo PHP_VERSION;'), node $(node --version), npm $(npm --version), $(composer --version 2>/dev/null | head -n1)"

version="$(node -p 'require("./package.json").version')"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "package.json version '$version' is not x.y.z"

# -------------------------------------------------------------------- app ---
header "npm ci"
stamp=node_modules/.ebpdocs-lock.sha256
want="$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)"
if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "node_modules up to date with package-lock.json"
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

header "npm run build (vue-tsc + Vite)"
rm -f module/views/js/admin-app/app.js module/views/css/admin-app/app.css
npm run --silent build
for f in module/views/js/admin-app/app.js module/views/css/admin-app/app.css; do
  [ -s "$f" ] || die "the app build did not produce $f"
done

# ------------------------------------------------------------------ stage ---
header "Stage dist/ebpdocuments (allowlist .zip-contents)"
stage="dist/ebpdocuments"
rm -rf "$stage"
mkdir -p "$stage"
while IFS= read -r line || [ -n "$line" ]; do
  line="${line%%#*}"
  line="$(echo "$line" | xargs)"
  [ -n "$line" ] || continue
  optional=0
  if [[ "$line" == *"?" ]]; then optional=1; line="${line%\?}"; fi
  case "$line" in /*|*..*) die ".zip-contents: invalid path '$line'";; esac
  if [ -e "module/$line" ]; then
    mkdir -p "$stage/$(dirname "$line")"
    cp -a "module/$line" "$stage/$line"
  elif [ $optional = 0 ]; then
    die "module/$line is listed in .zip-contents but does not exist"
  fi
done <.zip-contents

# Version stamp: package.json is the single source.
main="$stage/ebpdocuments.php"
count="$(grep -cE "\\\$this->version[[:space:]]*=[[:space:]]*['\"][^'\"]*['\"][[:space:]]*;" "$main" || true)"
[ "$count" = 1 ] || die "module/ebpdocuments.php must set \$this->version exactly once (found $count)"
sed -i -E "s/(\\\$this->version[[:space:]]*=[[:space:]]*)['\"][^'\"]*['\"]([[:space:]]*;)/\\1'$version'\\2/" "$main"
if [ -f "$stage/config.xml" ]; then
  sed -i -E "s#<version>.*</version>#<version><![CDATA[$version]]></version>#" "$stage/config.xml"
fi

header "Composer autoloader (--no-dev, optimized)"
has_deps="$(php -r '$c = json_decode(file_get_contents($argv[1]), true); $n = 0; foreach (array_keys($c["require"] ?? []) as $p) { if ($p !== "php" && strpos($p, "ext-") !== 0) { $n++; } } echo $n;' "$stage/composer.json")"
if [ "$has_deps" -gt 0 ]; then
  composer install --working-dir="$stage" --no-dev --optimize-autoloader --no-interaction --no-progress --prefer-dist
else
  composer dump-autoload --working-dir="$stage" --no-dev --optimize --no-interaction
fi
rm -f "$stage/composer.lock"
[ -f "$stage/vendor/autoload.php" ] || die "composer did not write vendor/autoload.php"

header "index.php in every folder"
added=0
while IFS= read -r -d '' dir; do
  if [ ! -e "$dir/index.php" ]; then
    cat >"$dir/index.php" <<'PHP'
<?php
/**
 * Prevents directory listing: redirects to the parent folder.
 */
header('Expires: Mon, 26 Jul 1997 05:00:00 GMT');
header('Last-Modified: ' . gmdate('D, d M Y H:i:s') . ' GMT');

header('Cache-Control: no-store, no-cache, must-revalidate');
header('Cache-Control: post-check=0, pre-check=0', false);
header('Pragma: no-cache');

header('Location: ../');
exit;
PHP
    added=$((added + 1))
  fi
done < <(find "$stage" -type d -print0)
echo "added $added index.php file(s)"

# ------------------------------------------------------------------ check ---
header "Check the staged tree"
problems="$(find "$stage" \( -name node_modules -o -name tests -o -name test -o -name '*.ts' -o -name '*.vue' \
  -o -name '*.map' -o -name '.*' -o -name '*.log' -o -name 'composer.lock' -o -name 'package.json' \
  -o -name 'package-lock.json' -o -name 'phpunit.xml*' -o -name 'phpstan.neon*' \) -print)"
[ -z "$problems" ] || die "forbidden files in the staged module:
$problems"
missing_index="$(find "$stage" -type d ! -exec test -e '{}/index.php' \; -print)"
[ -z "$missing_index" ] || die "folders without index.php: $missing_index"
# Every PHP file of the module (not vendor/, not the generated index.php) stops outside PrestaShop.
unguarded="$(find "$stage" -name '*.php' ! -name index.php ! -path "$stage/vendor/*" -print0 \
  | xargs -0 -r grep -L "defined('_PS_VERSION_')" || true)"
[ -z "$unguarded" ] || die "PHP files without the _PS_VERSION_ guard:
$unguarded"
find "$stage" -name '*.php' -print0 | xargs -0 -n 1 -P 2 php -l >/dev/null \
  || die "a staged PHP file does not parse"
staged_version="$(sed -n -E "s/.*\\\$this->version[[:space:]]*=[[:space:]]*'([^']*)'.*/\\1/p" "$main")"
[ "$staged_version" = "$version" ] || die "version mismatch: package.json $version, staged ebpdocuments.php $staged_version"
[ -s "$stage/views/js/admin-app/app.js" ] && [ -s "$stage/views/css/admin-app/app.css" ] \
  || die "the app bundle is missing from the staged views/"
echo "no forbidden file, every folder has index.php, version $version everywhere"

# -------------------------------------------------------------------- zip ---
header "Zip"
zipfile="dist/ebpdocuments-$version.zip"
rm -f "$zipfile"
(cd dist && find ebpdocuments -print | LC_ALL=C sort | zip -q -X -@ "ebpdocuments-$version.zip")
files="$(unzip -Z1 "$zipfile" | grep -vc '/$')"
size="$(stat -c %s "$zipfile")"
printf '\033[1;32mbuild.sh: %s — %s bytes (%s KiB), %s files, in %ds\033[0m\n' \
  "$repo_root/$zipfile" "$size" $(((size + 1023) / 1024)) "$files" $((SECONDS - started_at))
