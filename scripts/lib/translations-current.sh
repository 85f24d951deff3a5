#!/usr/bin/env bash
# translations.current: lupdate, run on copies of the catalogues, finds no string they lack.
# The .ts files are the source of the translations; this keeps them in step with the code.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lupdate=/usr/lib/qt6/bin/lupdate
status=0
for lang in th en; do
    cp "$root/resources/translations/thaid_$lang.ts" "$work/thaid_$lang.ts"
    (cd "$root" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,qml -I . -I app -I devices \
        app ui -ts "$work/thaid_$lang.ts")
    if grep -q 'type="unfinished"' "$work/thaid_$lang.ts"; then
        echo "thaid_$lang.ts lacks strings the code has (run the update_translations target):"
        grep -B1 'type="unfinished"' "$work/thaid_$lang.ts" | grep '<source>' | head -20
        status=1
    fi
done
[ $status -eq 0 ] && echo "both catalogues hold every string of app/ and ui/"
exit $status
