#!/usr/bin/env bash
# ./build.sh demo — see README "Demo".
#
# Without EBPDOCS_DEMO_SHOP_URL: the harness demo. No PrestaShop can be installed from the package registries here,
# so it runs the faithful parts: the throwaway MariaDB (tests/db/start.sh) with PrestaShop 8.1.2's own core tables,
# the module's real PHP code behind the PHP harness (tests/php/harness/router.php: E-connecteur door, API v1, admin
# AJAX, customer pages as JSON), sample documents pushed through the real doors, and the BUILT admin app on a plain
# page (not PrestaShop's back office). Stops with Ctrl-C.
#
# With EBPDOCS_DEMO_SHOP_URL (a real PrestaShop 8/9): installs dist/ebpdocuments-<version>.zip there (console with
# EBPDOCS_DEMO_SHOP_ROOT, else you upload it), creates two demo customers through the shop's Webservice, and pushes
# the same sample documents into it with the shop's Webservice key (EBPDOCS_DEMO_WS_KEY).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
repo_root="$(pwd)"
version="$(node -p 'require("./package.json").version')"
zip="dist/ebpdocuments-$version.zip"
bold() { printf '\033[1m%s\033[0m\n' "$*"; }
die() { printf '\033[1;31mdemo: %s\033[0m\n' "$*" >&2; exit 1; }

# ------------------------------------------------------------- real shop ---
if [ -n "${EBPDOCS_DEMO_SHOP_URL:-}" ]; then
  shop="${EBPDOCS_DEMO_SHOP_URL%/}/"
  ws_key="${EBPDOCS_DEMO_WS_KEY:?set EBPDOCS_DEMO_WS_KEY: an active Webservice key of the shop with GET/POST on customers}"
  [ -f "$zip" ] || die "$zip is missing: run ./build.sh first"
  if [ -n "${EBPDOCS_DEMO_SHOP_ROOT:-}" ]; then
    bold "Installing $zip into $EBPDOCS_DEMO_SHOP_ROOT (console, as ${EBPDOCS_DEMO_CONSOLE_USER:-www-data})"
    as_shop() { if [ "$(id -u)" = 0 ]; then runuser -u "${EBPDOCS_DEMO_CONSOLE_USER:-www-data}" -- "$@"; else "$@"; fi; }
    as_shop unzip -q -o "$repo_root/$zip" -d "$EBPDOCS_DEMO_SHOP_ROOT/modules/"
    (cd "$EBPDOCS_DEMO_SHOP_ROOT" && as_shop php bin/console prestashop:module install ebpdocuments) \
      || (cd "$EBPDOCS_DEMO_SHOP_ROOT" && as_shop php bin/console prestashop:module upgrade ebpdocuments)
  else
    echo "EBPDOCS_DEMO_SHOP_ROOT is not set: upload $zip in Back office › Modules › Module Manager › Upload a module, then press Enter."
    read -r _
  fi
  stamp="$(date +%y%m%d%H%M)"
  customer() { # email firstname lastname password: creates the customer through the shop's Webservice unless it exists
    local found
    found="$(curl -fsS -u "$ws_key:" "${shop}api/customers?filter%5Bemail%5D=$1&display=%5Bid%5D" | grep -c '<customer>' || true)"
    if [ "$found" = 0 ]; then
      curl -fsS -u "$ws_key:" -X POST "${shop}api/customers" -H 'Content-Type: application/xml' --data-binary \
        "<prestashop><customer><firstname>$2</firstname><lastname>$3</lastname><email>$1</email><passwd>$4</passwd><active>1</active><id_default_group>3</id_default_group><associations><groups><group><id>3</id></group></groups></associations></customer></prestashop>" >/dev/null
    fi
  }
  customer "demo.alice@example.com" Alice Demo 'Demo-Alice-2024!'
  customer "demo.bob@example.com" Bob Demo 'Demo-Bob-2024!'
  DEMO_RECEIVE_URL="${shop}index.php?fc=module&module=ebpdocuments&controller=receive" \
  DEMO_API_URL="${shop}index.php?fc=module&module=ebpdocuments&controller=api" \
  DEMO_KEY="$ws_key" DEMO_WS_KEY="$ws_key" DEMO_ALICE=demo.alice@example.com DEMO_BOB=demo.bob@example.com \
  DEMO_UNKNOWN="nobody.$stamp@example.com" DEMO_PREFIX="D$stamp" php tests/demo/push-samples.php
  echo
  bold "Demo data is in $shop"
  echo "  Front office: ${shop}   logins demo.alice@example.com / Demo-Alice-2024!   demo.bob@example.com / Demo-Bob-2024!"
  echo "  Back office:  ${EBPDOCS_DEMO_ADMIN_URL:-<your admin URL>}  ›  Customers › EBP documents (Notices shows the documents kept aside)"
  exit 0
fi

# --------------------------------------------------------------- harness ---
bold "Harness demo (no PrestaShop: see README \"Demo\")"
[ -s module/views/js/admin-app/app.js ] || die "the admin app is not built: run ./build.sh first"
if [ ! -f tests/php/vendor/autoload.php ]; then
  COMPOSER_ALLOW_SUPERUSER=1 composer install --working-dir=tests/php --no-interaction --no-progress --prefer-dist
fi
db_out="$(bash tests/db/start.sh)"
# Stop MariaDB when the demo ends only if the demo started it (a reused server belongs to someone else).
db_started=1
grep -q '(reused)' <<<"$db_out" && db_started=0
export EBPDOCS_DB_HOST="${EBPDOCS_DB_HOST:-127.0.0.1}" EBPDOCS_DB_PORT="${EBPDOCS_DB_PORT:-33061}"
export EBPDOCS_DB_USER="${EBPDOCS_DB_USER:-root}" EBPDOCS_DB_PASSWORD="${EBPDOCS_DB_PASSWORD:-}"
export EBPDOCS_DB_NAME=ebpdocuments_demo
export EBPDOCS_HARNESS_DIR="$repo_root/.cache/demo"
rm -rf "$EBPDOCS_HARNESS_DIR"
mkdir -p "$EBPDOCS_HARNESS_DIR/storage"
eval "$(php tests/demo/harness-setup.php)"

port="${EBPDOCS_DEMO_PORT:-8090}"
base="http://127.0.0.1:$port"
export EBPDOCS_HARNESS_BASE_URL="$base"
php -d display_errors=0 -d log_errors=1 -S "127.0.0.1:$port" tests/php/harness/router.php >"$EBPDOCS_HARNESS_DIR/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; [ "$db_started" = 1 ] && bash tests/db/stop.sh >/dev/null 2>&1; true' EXIT
for _ in $(seq 1 50); do curl -fsS "$base/__ping" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "$base/__ping" >/dev/null || die "the harness did not start (see $EBPDOCS_HARNESS_DIR/server.log)"

DEMO_RECEIVE_URL="$base/receive" DEMO_API_URL="$base/api" DEMO_KEY="$DEMO_MODULE_KEY" DEMO_WS_KEY="$DEMO_WS_KEY" \
DEMO_ALICE=alice@example.com DEMO_BOB=bob@example.com DEMO_GUEST=carol@example.com DEMO_UNKNOWN=nobody@example.com \
  php tests/demo/push-samples.php

cat <<TEXT

$(bold "Running on $base (Ctrl-C to stop)")
  Admin app (built bundle, module's AJAX actions):  $base/admin
  E-connecteur receiving URL:                       $base/receive     key: $DEMO_MODULE_KEY
  API v1:                                           $base/api?route=v1/health   (Authorization: Bearer <key>)
  Shop Webservice key (also accepted):              $DEMO_WS_KEY
  Customer pages (JSON: the template variables the shop's theme would render; the harness cookie says who is logged in):
    curl -b harness_customer=1 $base/documents      (Alice, alice@example.com)
    curl -b harness_customer=2 $base/documents      (Bob, bob@example.com)
  Carol (carol@example.com) is only a guest row: her invoice waits in Notices, as does the unknown e-mail's quote.
  Not here: PrestaShop itself (back office, theme, login). Point EBPDOCS_DEMO_SHOP_URL at a real shop for that.
TEXT
wait "$server"
