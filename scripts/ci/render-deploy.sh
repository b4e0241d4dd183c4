#!/usr/bin/env bash
# Deploy exactly the tested commit to Render services through Render's API, and wait until live.
#
#   scripts/ci/render-deploy.sh check-head
#       Writes current=true|false to $GITHUB_OUTPUT: whether EXPECTED_COMMIT is still the head of
#       DEPLOY_BRANCH on origin. Deploys are by commit id, so an older run can never ship untested
#       code; this only spares a deploy that the run for the newer commit replaces anyway.
#
#   scripts/ci/render-deploy.sh deploy NAME [NAME...]
#       For each NAME (e.g. API), POSTs {"commitId": EXPECTED_COMMIT} to
#       /v1/services/$RENDER_SERVICE_<NAME>/deploys (Render's "trigger deploy"), so Render builds
#       that commit and nothing else, then polls each deploy until it is live. Fails when Render
#       refuses the deploy (e.g. an unknown commit), on build_failed, pre_deploy_failed
#       (migrations), update_failed, canceled or deactivated, when a deploy reports a commit other
#       than EXPECTED_COMMIT, or when the bounded wait runs out.
#
# Environment:
#   RENDER_API_KEY         Render API key (required for deploy)
#   RENDER_SERVICE_<NAME>  the service's id, srv-... (required for deploy)
#   EXPECTED_COMMIT        full id of the commit that passed the tests (required)
#   DEPLOY_BRANCH          branch to compare against (check-head)
#   DEPLOY_WAIT_ATTEMPTS   polling rounds (default 40)
#   DEPLOY_WAIT_INTERVAL   seconds between rounds (default 15)
#   RENDER_API_URL         API base (default https://api.render.com/v1; overridden in tests)
set -euo pipefail

attempts="${DEPLOY_WAIT_ATTEMPTS:-40}"
interval="${DEPLOY_WAIT_INTERVAL:-15}"
api_url="${RENDER_API_URL:-https://api.render.com/v1}"

fail() {
  echo "::error::$*" >&2
  exit 1
}

check_head() {
  [[ -n "${EXPECTED_COMMIT:-}" ]] || fail "EXPECTED_COMMIT is not set"
  [[ -n "${DEPLOY_BRANCH:-}" ]] || fail "DEPLOY_BRANCH is not set"
  local head
  head="$(git ls-remote origin "refs/heads/${DEPLOY_BRANCH}" | cut -f1)"
  [[ -n "$head" ]] || fail "could not read the head of ${DEPLOY_BRANCH} from origin"
  local current=false
  if [[ "$head" == "$EXPECTED_COMMIT" ]]; then
    current=true
    echo "${EXPECTED_COMMIT} is the head of ${DEPLOY_BRANCH}: deploying."
  else
    echo "::notice::${DEPLOY_BRANCH} moved on to ${head}; not deploying ${EXPECTED_COMMIT}." \
      "The run for the newer commit deploys it once its tests pass."
  fi
  if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
    echo "current=${current}" >>"$GITHUB_OUTPUT"
  fi
}

deploy() {
  [[ $# -gt 0 ]] || fail "usage: $0 deploy NAME [NAME...]"
  [[ -n "${RENDER_API_KEY:-}" ]] || fail "RENDER_API_KEY is not set (a Render API key of the workspace)"
  [[ "${EXPECTED_COMMIT:-}" =~ ^[0-9a-f]{40}$ ]] ||
    fail "EXPECTED_COMMIT must be the full id of the tested commit (40 hex digits)"
  [[ "$attempts" =~ ^[1-9][0-9]*$ && "$interval" =~ ^[0-9]+$ ]] ||
    fail "DEPLOY_WAIT_ATTEMPTS must be a positive whole number and DEPLOY_WAIT_INTERVAL a whole number"

  local -a names=() services=() deploys=()
  local name var service response deploy_id queued_commit
  for name in "$@"; do
    var="RENDER_SERVICE_${name}"
    service="${!var:-}"
    [[ -n "$service" ]] || fail "${var} is not set (the service id, srv-..., as a variable of this GitHub environment)"
    [[ "$service" =~ ^srv-[A-Za-z0-9]+$ ]] || fail "${var} does not look like a Render service id (srv-...)"
    # Render builds this commit, not whatever the branch head is when it fetches.
    response="$(curl --silent --show-error --fail-with-body --max-time 30 --request POST \
      --header "Authorization: Bearer ${RENDER_API_KEY}" --header 'Accept: application/json' \
      --header 'Content-Type: application/json' \
      --data "{\"commitId\":\"${EXPECTED_COMMIT}\"}" \
      "${api_url}/services/${service}/deploys")" ||
      fail "Render refused to deploy ${EXPECTED_COMMIT} to ${name} (${service}): ${response:-no answer}"
    deploy_id="$(jq -r '.id // empty' <<<"$response" 2>/dev/null || true)"
    [[ -n "$deploy_id" ]] || fail "Render answered the deploy of ${name} (${service}) without a deploy id"
    queued_commit="$(jq -r '.commit.id // empty' <<<"$response" 2>/dev/null || true)"
    if [[ -n "$queued_commit" && "$queued_commit" != "$EXPECTED_COMMIT" ]]; then
      fail "Render queued commit ${queued_commit} for ${name}, not the tested ${EXPECTED_COMMIT}"
    fi
    echo "Triggered ${name}: service ${service}, deploy ${deploy_id}, commit ${EXPECTED_COMMIT}"
    names+=("$name")
    services+=("$service")
    deploys+=("$deploy_id")
  done

  local -a done_flags=()
  local i
  for i in "${!names[@]}"; do done_flags[i]=0; done

  local round pending body status commit
  for ((round = 1; round <= attempts; round++)); do
    pending=0
    for i in "${!names[@]}"; do
      ((done_flags[i] == 1)) && continue
      body="$(curl --silent --fail --max-time 20 \
        --header "Authorization: Bearer ${RENDER_API_KEY}" --header 'Accept: application/json' \
        "${api_url}/services/${services[i]}/deploys/${deploys[i]}" || true)"
      status="$(jq -r '.status // empty' <<<"$body" 2>/dev/null || true)"
      commit="$(jq -r '.commit.id // empty' <<<"$body" 2>/dev/null || true)"
      case "$status" in
        live)
          if [[ -n "$commit" && "$commit" != "$EXPECTED_COMMIT" ]]; then
            fail "${names[i]} went live with commit ${commit}, not the tested ${EXPECTED_COMMIT}"
          fi
          echo "[$round/$attempts] ${names[i]}: live${commit:+ (commit ${commit})}"
          done_flags[i]=1
          ;;
        build_failed | pre_deploy_failed | update_failed | canceled | deactivated)
          fail "${names[i]} deploy ${deploys[i]} ended as ${status}; see the service's events in the Render Dashboard"
          ;;
        "")
          echo "[$round/$attempts] ${names[i]}: status unavailable (Render API did not answer), retrying"
          pending=$((pending + 1))
          ;;
        *)
          echo "[$round/$attempts] ${names[i]}: ${status}"
          pending=$((pending + 1))
          ;;
      esac
    done
    if ((pending == 0)); then
      echo "All deploys live: ${names[*]}"
      return 0
    fi
    ((round < attempts)) && sleep "$interval"
  done
  fail "timed out after ${attempts} x ${interval}s waiting for: $(
    for i in "${!names[@]}"; do ((done_flags[i] == 1)) || printf '%s ' "${names[i]}"; done
  )"
}

case "${1:-}" in
  check-head) check_head ;;
  deploy)
    shift
    deploy "$@"
    ;;
  *)
    echo "usage: $0 check-head | deploy NAME [NAME...]" >&2
    exit 2
    ;;
esac
