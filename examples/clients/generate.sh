#!/usr/bin/env sh
# POST /llm-codegen/generate with curl. Prints the JSON answer on standard output
# (pipe it to `jq -r .code` for the code alone); the HTTP status, the trace id and any
# Retry-After go to standard error. Exit 0 on 200, 1 on an error answer, 2 on bad usage
# or no answer at all.
#
#   LLM_CODEGEN_TOKEN=<jwt> examples/clients/generate.sh "Crie uma função Python que soma dois números"
#   LLM_CODEGEN_URL   the service (default http://127.0.0.1:8787)
set -eu

prompt=${1:-}
url=${LLM_CODEGEN_URL:-http://127.0.0.1:8787}
if [ -z "$prompt" ] || [ -z "${LLM_CODEGEN_TOKEN:-}" ]; then
  echo "usage: LLM_CODEGEN_TOKEN=<jwt> $0 \"<prompt>\"" >&2
  exit 2
fi

# The prompt as a JSON string: backslashes, quotes, tabs and carriage returns escaped
# (sed), lines joined with \n (awk). Other control characters are refused by the service.
tab=$(printf '\t')
cr=$(printf '\r')
json_prompt=$(printf '%s' "$prompt" |
  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e "s/$tab/\\\\t/g" -e "s/$cr/\\\\r/g" |
  awk 'BEGIN { ORS = "" } NR > 1 { print "\\n" } { print }')

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The token is read from standard input (`--header @-`): it never shows in the process list.
if ! status=$(printf 'Authorization: Bearer %s\n' "$LLM_CODEGEN_TOKEN" |
  curl --silent --show-error --max-time 90 \
    --header @- \
    --header "Content-Type: application/json" \
    --data-binary "{\"prompt\": \"$json_prompt\"}" \
    --dump-header "$scratch/headers" \
    --output "$scratch/body" \
    --write-out '%{http_code}' \
    "$url/llm-codegen/generate"); then
  echo "no answer from $url" >&2
  exit 2
fi

cat "$scratch/body"
echo
trace=$(sed -n 's/.*"trace_id":"\([0-9a-f]*\)".*/\1/p' "$scratch/body")
echo "HTTP $status, trace_id ${trace:-none}" >&2
retry=$(sed -n 's/^[Rr]etry-[Aa]fter: *\([0-9]*\).*/\1/p' "$scratch/headers")
[ -n "$retry" ] && echo "Retry-After: $retry s" >&2
[ "$status" = 200 ] || exit 1
