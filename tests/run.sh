#!/usr/bin/env bash
# THE test command of ebpdocuments (README and .ci/run call it).
#
# Runs on a fresh Debian 12 machine as root: installs what is missing, starts a
# throwaway MariaDB (tests/db/start.sh), then runs every check in order and
# stops at the first failure:
#   PHP lint + PHP 7.2 syntax check, PHPStan, PHPUnit (Unit, Database, Http),
#   ESLint, vue-tsc, Vitest, Vite build, then the real-shop checks:
#   - with ../shared/prestashop/serve.sh beside the clone (as CI has it): the two
#     real shops (PrestaShop 8.1.2 classic, 9.1.4 Hummingbird) start in the
#     background while the other checks run; PHPStan runs against both shops'
#     code; the e2e journeys run on 8.1.2 and on 9.1.4 with friendly URLs on,
#     then on 8.1.2 again with friendly URLs off (each run from the baseline);
#     the shops this run started are stopped at exit;
#   - with EBPDOCS_E2E_SHOP_URL (and its companions) set: the journeys run on
#     that shop only, as before;
#   - with neither: e2e is skipped, and the summary says so.
#
# Environment:
#   EBPDOCS_SKIP_INSTALL=1   do not run apt-get / npm ci / composer install
#   EBPDOCS_KEEP_DB=1        leave MariaDB running at exit (a server that was already
#                            running is reused and always left running)
#   EBPDOCS_DB_PORT          MariaDB TCP port (default 33061)
#   EBPDOCS_DB_DIR           MariaDB files (default .cache/mariadb)
#   EBPDOCS_E2E_SHOP_URL     front-office URL of a PrestaShop with the module; e2e on it only
#   EBPDOCS_SHOPS_SERVE      the shops' serve.sh (default ../shared/prestashop/serve.sh)
#   EBPDOCS_SHOPS_DIR        where the shops are extracted and run (default /tmp/ebpdocs-e2e-shops)
#   EBPDOCS_SHOPS_PORTS      HTTP ports of the 8.1.2 and 9.1.4 shops (default "8280 8290")
#   EBPDOCS_SHOPS_DB_PORT    the shops' own MariaDB (default 3317)
#   EBPDOCS_KEEP_SHOPS=1     leave the real shops running at exit
#   EBPDOCS_PS_ROOTS         PrestaShop trees (space-separated; or one in EBPDOCS_PS_ROOT) whose real Db classes
#                            the PrestaShop suite runs on; default: classes extracted from the shop archives
#                            EBPDOCS_PS_ARCHIVES (default ../shared/prestashop/ps8.tar.zst and ps9.tar.zst)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$(pwd)"

export EBPDOCS_DB_HOST="${EBPDOCS_DB_HOST:-127.0.0.1}"
export EBPDOCS_DB_PORT="${EBPDOCS_DB_PORT:-33061}"
export EBPDOCS_DB_USER="${EBPDOCS_DB_USER:-root}"
export EBPDOCS_DB_PASSWORD="${EBPDOCS_DB_PASSWORD:-}"
export EBPDOCS_DB_NAME="${EBPDOCS_DB_NAME:-ebpdocuments_test}"
export COMPOSER_ALLOW_SUPERUSER=1
export COMPOSER_NO_INTERACTION=1
export DEBIAN_FRONTEND=noninteractive
export NPM_CONFIG_AUDIT=false
export NPM_CONFIG_FUND=false
export NPM_CONFIG_UPDATE_NOTIFIER=false

started_at=$SECONDS
step_no=0
declare -a summary=()
current_step=""

header() {
  printf '\n\033[1m==> %s\033[0m\n' "$1"
}

on_exit() {
  local rc=$?
  if [ "${db_started:-0}" = 1 ] && [ "${EBPDOCS_KEEP_DB:-0}" != 1 ]; then
    bash tests/db/stop.sh >/dev/null 2>&1 || true
  fi
  stop_shops
  if [ $rc -ne 0 ]; then
    printf '\n\033[1;31mtests/run.sh: FAILED at step "%s" (exit %d) after %ds\033[0m\n' "${current_step:-setup}" "$rc" $((SECONDS - started_at)) >&2
  fi
}
trap on_exit EXIT

# step NAME COMMAND...: runs one check with a header and its duration.
step() {
  local name="$1"; shift
  step_no=$((step_no + 1))
  current_step="$name"
  header "[$step_no] $name"
  local t0=$SECONDS
  "$@"
  summary+=("$(printf '%-28s %4ds' "$name" $((SECONDS - t0)))")
  current_step=""
}

# ---------------------------------------------------------------- install ---

need_apt=()
check_tools() {
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need_apt+=(mariadb-server)
  command -v mariadb >/dev/null 2>&1 || need_apt+=(mariadb-client)
  command -v php >/dev/null 2>&1 || need_apt+=(php-cli)
  if command -v php >/dev/null 2>&1; then
    local mods; mods="$(php -m 2>/dev/null | tr '[:upper:]' '[:lower:]')"
    grep -qx 'pdo_mysql' <<<"$mods" || need_apt+=(php-mysql)
    grep -qx 'dom' <<<"$mods" || need_apt+=(php-xml)
    grep -qx 'simplexml' <<<"$mods" || need_apt+=(php-xml)
    grep -qx 'mbstring' <<<"$mods" || need_apt+=(php-mbstring)
    grep -qx 'intl' <<<"$mods" || need_apt+=(php-intl)
    grep -qx 'curl' <<<"$mods" || need_apt+=(php-curl)
    grep -qx 'zip' <<<"$mods" || need_apt+=(php-zip)
  fi
  command -v composer >/dev/null 2>&1 || need_apt+=(composer)
  command -v unzip >/dev/null 2>&1 || need_apt+=(unzip)
  # The shops' archives (the PrestaShop Db suite reads its classes from them, serve.sh extracts them).
  command -v zstd >/dev/null 2>&1 || need_apt+=(zstd)
  command -v zip >/dev/null 2>&1 || need_apt+=(zip)
  command -v git >/dev/null 2>&1 || need_apt+=(git)
  # npm run bench's download figure (d) reads the bodies with curl.
  command -v curl >/dev/null 2>&1 || need_apt+=(curl)
  [ -f /etc/ssl/certs/ca-certificates.crt ] || need_apt+=(ca-certificates)
  command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
  # Chromium only matters for the e2e journeys.
  if [ -n "${EBPDOCS_E2E_SHOP_URL:-}" ] || [ -x "$shops_serve" ]; then
    command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  fi
}

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "missing packages (${need_apt[*]}) and not root: install them, or run as root" >&2
    return 1
  fi
  # Don't let the packages' maintainer scripts start a system MariaDB on :3306.
  local policy=/usr/sbin/policy-rc.d created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@"
  if [ "$created_policy" = 1 ]; then rm -f "$policy"; fi
}

install_system() {
  check_tools
  if [ ${#need_apt[@]} -eq 0 ]; then
    echo "system packages: all present"
  else
    # shellcheck disable=SC2207
    local pkgs=($(printf '%s\n' "${need_apt[@]}" | sort -u))
    echo "installing: ${pkgs[*]}"
    apt_install "${pkgs[@]}"
  fi
  local node_major; node_major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$node_major" -lt 20 ]; then
    echo "Node.js $(node --version) is too old: Vite needs Node 20.19+ (the machines ship Node 20)" >&2
    return 1
  fi
  echo "php $(php -r 'echo PHP_VERSION;'), node $(node --version), npm $(npm --version), $(composer --version 2>/dev/null | head -n1)"
}

install_npm() {
  local stamp=node_modules/.ebpdocs-lock.sha256 want
  want="$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "node_modules up to date with package-lock.json"
    return 0
  fi
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
}

install_composer() {
  local stamp=tests/php/vendor/.ebpdocs-composer.sha256 want
  want="$(sha256sum tests/php/composer.json | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "tests/php/vendor up to date with tests/php/composer.json"
    return 0
  fi
  composer install --working-dir=tests/php --no-interaction --no-progress --prefer-dist
  echo "$want" >"$stamp"
}

start_db() {
  local out
  out="$(bash tests/db/start.sh)"
  echo "$out"
  # Stop it at exit only if this run started it (a reused server belongs to someone else).
  grep -q '(reused)' <<<"$out" || db_started=1
}

# ----------------------------------------------------------------- checks ---

php_files() {
  find module -type f -name '*.php' -not -path 'module/vendor/*' -print0
}

php_lint() {
  local log count
  count="$(php_files | tr -cd '\0' | wc -c)"
  log="$(mktemp)"
  # PHP 8.2's -l checks one file per call.
  if ! php_files | xargs -0 -n 1 -P 2 php -d display_errors=stderr -l >"$log" 2>&1; then
    grep -v '^No syntax errors detected' "$log" >&2 || true
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  echo "php -l: $count file(s), no syntax error (PHP $(php -r 'echo PHP_VERSION;'))"
  php tests/php/tools/check-php72.php module
  tests/php/vendor/bin/phpcs --standard=PHPCompatibility --runtime-set testVersion 7.2- \
    --extensions=php --ignore='*/vendor/*,*/views/*' --report=summary -q module
  echo "PHPCompatibility (testVersion 7.2-): no problem"
}

phpstan() {
  tests/php/vendor/bin/phpstan analyse -c tests/php/phpstan.neon --no-progress --memory-limit=1G
}

phpunit_tests=0
phpunit() {
  mkdir -p .cache
  local junit=.cache/phpunit-junit.xml
  rm -f "$junit"
  tests/php/vendor/bin/phpunit -c tests/php/phpunit.xml --log-junit "$junit"
  phpunit_tests="$(php -r '$x = @simplexml_load_file($argv[1]); echo $x ? (int) $x->testsuite["tests"] : 0;' "$junit")"
  echo "PHPUnit: $phpunit_tests test(s)"
}

# The adapter on the real Db classes of PrestaShop 8 and 9 (tests/php/phpunit-prestashop.xml), once per tree.
# Without a tree it says why and runs nothing (it is not counted as a passing test).
prestashop_tests=0
prestashop_note=""
prestashop_roots() {
  if [ -n "${EBPDOCS_PS_ROOTS:-${EBPDOCS_PS_ROOT:-}}" ]; then
    echo "${EBPDOCS_PS_ROOTS:-${EBPDOCS_PS_ROOT:-}}"
    return 0
  fi
  local archives="${EBPDOCS_PS_ARCHIVES:-$repo_root/../shared/prestashop/ps8.tar.zst $repo_root/../shared/prestashop/ps9.tar.zst}"
  local archive name dir roots=""
  for archive in $archives; do
    [ -f "$archive" ] || continue
    command -v zstd >/dev/null 2>&1 || { echo "zstd is missing: cannot read $archive" >&2; continue; }
    name="$(basename "$archive" .tar.zst)"
    dir="$repo_root/.cache/prestashop-db/$name"
    if [ ! -f "$dir/.extracted" ] || [ "$archive" -nt "$dir/.extracted" ]; then
      rm -rf "$dir" && mkdir -p "$dir"
      # Only what the suite loads: Db, its drivers, the exceptions, the version.
      tar --zstd -xf "$archive" -C "$dir" ./classes/db ./classes/exception ./src/Core/Version.php
      touch "$dir/.extracted"
    fi
    roots="$roots $dir"
  done
  echo "$roots"
}
phpunit_prestashop() {
  local roots root junit=.cache/phpunit-prestashop-junit.xml count
  roots="$(prestashop_roots)"
  if [ -z "${roots// /}" ]; then
    prestashop_note="not run: no PrestaShop tree (set EBPDOCS_PS_ROOTS, or put the shop archives in ../shared/prestashop)"
    echo "PrestaShop Db suite: $prestashop_note"
    return 0
  fi
  for root in $roots; do
    rm -f "$junit"
    EBPDOCS_PS_ROOT="$root" tests/php/vendor/bin/phpunit -c tests/php/phpunit-prestashop.xml --log-junit "$junit"
    count="$(php -r '$x = @simplexml_load_file($argv[1]); echo $x ? (int) $x->testsuite["tests"] : 0;' "$junit")"
    prestashop_tests=$((prestashop_tests + count))
  done
  prestashop_note="$prestashop_tests test(s) on$roots"
  echo "PrestaShop Db suite: $prestashop_note"
}

eslint() {
  npm run --silent lint
  echo "ESLint: no problem"
}

typecheck() {
  npm run --silent typecheck
  echo "vue-tsc: no type error"
}

vitest_tests=0
vitest_note=""
vitest() {
  if ! find tests/admin-ui -name '*.spec.ts' -print -quit 2>/dev/null | grep -q .; then
    vitest_note="no spec file in tests/admin-ui yet"
    echo "WARNING: $vitest_note (Vitest not run)"
    return 0
  fi
  mkdir -p .cache
  local report=.cache/vitest-report.json
  rm -f "$report"
  npx vitest run --reporter=default --reporter=json --outputFile.json="$report"
  vitest_tests="$(node -e 'const r=require(process.argv[1]); console.log(r.numTotalTests||0)' "$repo_root/$report")"
  echo "Vitest: $vitest_tests test(s)"
}

vite_build() {
  if [ ! -f admin-ui/src/main.ts ]; then
    echo "admin-ui/src/main.ts is missing: the app cannot be built" >&2
    return 1
  fi
  npx vite build --logLevel warn
  local f
  for f in module/views/js/admin-app/app.js module/views/css/admin-app/app.css; do
    [ -s "$f" ] || { echo "missing build output: $f" >&2; return 1; }
  done
  echo "Vite build: module/views/js/admin-app/app.js and module/views/css/admin-app/app.css"
}

# ------------------------------------------------------------ real shops ---

shops_serve="${EBPDOCS_SHOPS_SERVE:-$repo_root/../shared/prestashop/serve.sh}"
shops_dir="${EBPDOCS_SHOPS_DIR:-/tmp/ebpdocs-e2e-shops}"
read -r shop8_port shop9_port <<<"${EBPDOCS_SHOPS_PORTS:-8280 8290}"
shops_db_port="${EBPDOCS_SHOPS_DB_PORT:-3317}"
shops_log=.cache/shops/start.log
shops_pid=""
shops_started=0
declare -a e2e_results=()

shop_port() { if [ "$1" = 8 ]; then echo "$shop8_port"; else echo "$shop9_port"; fi; }

# The real shops are used when no shop is named and serve.sh is beside the clone.
use_real_shops() {
  [ -z "${EBPDOCS_E2E_SHOP_URL:-}" ] && [ -x "$shops_serve" ]
}

# Extracting and importing the shops takes a while: it runs in the background while the other checks run.
start_shops_in_background() {
  use_real_shops || return 0
  mkdir -p "$(dirname "$shops_log")"
  shops_started=1
  (
    set -e
    for v in 8 9; do
      "$shops_serve" start "$v" --dir "$shops_dir" --port "$(shop_port "$v")" --db-port "$shops_db_port" \
        --with-webservice-key --friendly-urls on
    done
  ) >"$shops_log" 2>&1 &
  shops_pid=$!
  echo "real shops: starting PrestaShop 8.1.2 (:$shop8_port) and 9.1.4 (:$shop9_port) in $shops_dir, log $shops_log"
}

wait_for_shops() {
  if ! wait "$shops_pid"; then
    echo "the real shops did not start; the end of $shops_log:" >&2
    tail -n 30 "$shops_log" >&2
    return 1
  fi
  shops_pid=""
  grep -E 'ready in|friendly URLs' "$shops_log"
}

stop_shops() {
  [ "$shops_started" = 1 ] || return 0
  if [ -n "$shops_pid" ]; then kill "$shops_pid" 2>/dev/null || true; wait "$shops_pid" 2>/dev/null || true; fi
  if [ "${EBPDOCS_KEEP_SHOPS:-0}" != 1 ]; then
    "$shops_serve" stop --dir "$shops_dir" >/dev/null 2>&1 || true
  fi
}

# PHPStan against each real shop's own classes (tests/php/phpstan-prestashop.neon) instead of our stubs.
phpstan_real_shops() {
  local v
  for v in 8 9; do
    rm -rf .cache/phpstan-prestashop
    EBPDOCS_PS_ROOT="$shops_dir/ps$v" tests/php/vendor/bin/phpstan analyse -c tests/php/phpstan-prestashop.neon \
      --no-progress --memory-limit=2G
  done
}

# One e2e run: the journeys against the shop the EBPDOCS_E2E_* variables name. $1 names the run in the summary.
e2e_run() {
  local label="$1" report passed total rc=0
  mkdir -p .cache
  report="$repo_root/.cache/e2e-report.json"
  rm -f "$report"
  npm run --silent test:e2e -- --reporter=default --reporter=json --outputFile.json="$report" || rc=$?
  passed=0 total=0
  if [ -f "$report" ]; then
    read -r passed total < <(node -e 'const r=require(process.argv[1]); console.log((r.numPassedTests||0)+" "+(r.numTotalTests||0))' "$report")
  fi
  e2e_results+=("$label: $passed/$total journeys passed")
  if [ "$rc" -ne 0 ] || [ "$total" -eq 0 ] || [ "$passed" -ne "$total" ]; then
    echo "e2e on $label: $passed of $total passed (screenshots of the failure under .cache/e2e-artifacts/)" >&2
    return 1
  fi
}

# The journeys on a real shop, from its baseline; $2 = friendly URLs on|off.
e2e_real_shop() {
  local v="$1" friendly="$2" name
  if [ "$v" = 8 ]; then name="PrestaShop 8.1.2"; else name="PrestaShop 9.1.4"; fi
  "$shops_serve" start "$v" --dir "$shops_dir" --port "$(shop_port "$v")" --db-port "$shops_db_port" \
    --friendly-urls "$friendly" 2>&1 | grep -E 'ready in|friendly URLs' || true
  "$shops_serve" reset "$v" --dir "$shops_dir" 2>&1 | tail -n 1
  # The EBPDOCS_E2E_* variables of this shop (each run sets all of them again).
  eval "$("$shops_serve" env "$v" --dir "$shops_dir")"
  e2e_run "$name, friendly URLs $friendly"
}

e2e_note=""
build_zip_for_e2e() {
  # Journey 1 uploads the zip: build it from the code under test unless a zip is given.
  if [ -z "${EBPDOCS_E2E_ZIP:-}" ]; then
    bash ./build.sh
  fi
}

e2e_given_shop() {
  if ! find tests/e2e -name '*.spec.ts' -print -quit 2>/dev/null | grep -q .; then
    echo "e2e: EBPDOCS_E2E_SHOP_URL is set but tests/e2e has no *.spec.ts" >&2
    return 1
  fi
  export EBPDOCS_CHROMIUM="${EBPDOCS_CHROMIUM:-$(command -v chromium)}"
  e2e_run "$EBPDOCS_E2E_SHOP_URL"
}

# ------------------------------------------------------------------- main ---

if [ "${EBPDOCS_SKIP_INSTALL:-0}" != 1 ]; then
  step "install system packages" install_system
  step "npm ci" install_npm
  step "composer install (tests/php)" install_composer
fi
step "start MariaDB" start_db
start_shops_in_background
step "PHP lint + PHP 7.2 check" php_lint
step "PHPStan" phpstan
step "PHPUnit" phpunit
step "PHPUnit on PrestaShop's Db" phpunit_prestashop
step "ESLint" eslint
step "vue-tsc typecheck" typecheck
step "Vitest" vitest
step "Vite build" vite_build
if use_real_shops; then
  export EBPDOCS_CHROMIUM="${EBPDOCS_CHROMIUM:-$(command -v chromium)}"
  step "build the zip" build_zip_for_e2e
  step "real shops ready" wait_for_shops
  step "PHPStan on PS 8.1.2 + 9.1.4" phpstan_real_shops
  step "e2e PS 8.1.2" e2e_real_shop 8 on
  step "e2e PS 9.1.4" e2e_real_shop 9 on
  step "e2e PS 8.1.2 no friendly URL" e2e_real_shop 8 off
  e2e_note="$(IFS=';'; echo "${e2e_results[*]}" | sed 's/;/; /g')"
elif [ -n "${EBPDOCS_E2E_SHOP_URL:-}" ]; then
  step "build the zip" build_zip_for_e2e
  step "e2e" e2e_given_shop
  e2e_note="${e2e_results[*]}"
else
  e2e_note="skipped: no shop (neither ../shared/prestashop/serve.sh nor EBPDOCS_E2E_SHOP_URL, see README)"
  echo "e2e: $e2e_note"
fi

total=$((phpunit_tests + prestashop_tests + vitest_tests))
if [ "$total" -eq 0 ]; then
  current_step="test count"
  echo "No test ran at all (PHPUnit 0, Vitest 0): refusing to report success" >&2
  exit 1
fi

header "Summary"
printf '  %s\n' "${summary[@]}"
[ -z "$vitest_note" ] || echo "  WARNING: Vitest: $vitest_note"
echo "  PrestaShop Db suite: ${prestashop_note}"
echo "  e2e: ${e2e_note}"
printf '\033[1;32mtests/run.sh: all %d steps passed in %ds (PHPUnit %d tests, PrestaShop Db %d tests, Vitest %d tests)\033[0m\n' \
  "$step_no" $((SECONDS - started_at)) "$phpunit_tests" "$prestashop_tests" "$vitest_tests"
