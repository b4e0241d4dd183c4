#!/usr/bin/env bash
# Wait until every URL given answers HTTP 200, or fail.
#
#   scripts/ci/wait-healthy.sh https://api.example.org/readyz https://example.org/healthz
#
# Bounded: HEALTH_ATTEMPTS rounds (default 20), HEALTH_INTERVAL seconds apart (default 15),
# each request limited to HEALTH_TIMEOUT seconds (default 10). Redirects are not followed: a health
# endpoint that redirects is misconfigured. Exit 0 when all URLs answered 200 (each URL needs one
# 200; a URL that passed is not asked again), exit 1 otherwise, exit 2 on bad usage.
set -euo pipefail

attempts="${HEALTH_ATTEMPTS:-20}"
interval="${HEALTH_INTERVAL:-15}"
timeout="${HEALTH_TIMEOUT:-10}"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 URL [URL...]" >&2
  exit 2
fi
for n in "$attempts" "$interval" "$timeout"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]]; then
    echo "HEALTH_ATTEMPTS, HEALTH_INTERVAL and HEALTH_TIMEOUT must be whole numbers" >&2
    exit 2
  fi
done
if ((attempts < 1)); then
  echo "HEALTH_ATTEMPTS must be at least 1" >&2
  exit 2
fi

declare -A healthy=()
declare -A last=()
for url in "$@"; do
  last["$url"]="not tried"
done

for ((round = 1; round <= attempts; round++)); do
  pending=0
  for url in "$@"; do
    [[ -n "${healthy[$url]:-}" ]] && continue
    code="$(curl --silent --output /dev/null --write-out '%{http_code}' \
      --max-time "$timeout" "$url" || true)"
    code="${code:-000}"
    if [[ "$code" == "200" ]]; then
      healthy["$url"]=1
      echo "[$round/$attempts] OK   $url (HTTP 200)"
    else
      last["$url"]="HTTP $code"
      [[ "$code" == "000" ]] && last["$url"]="no answer (connection failed or timed out)"
      echo "[$round/$attempts] WAIT $url (${last[$url]})"
      pending=$((pending + 1))
    fi
  done
  if ((pending == 0)); then
    echo "All $# endpoint(s) healthy."
    exit 0
  fi
  if ((round < attempts)); then
    sleep "$interval"
  fi
done

echo "::error::Health check failed after $attempts attempt(s), ${interval}s apart:" >&2
for url in "$@"; do
  if [[ -z "${healthy[$url]:-}" ]]; then
    echo "  UNHEALTHY $url: last result ${last[$url]}" >&2
  fi
done
exit 1
