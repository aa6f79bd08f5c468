#!/bin/sh
# Build the gazetteer lists of lib/data/gaz/ from Debian's packaged data.
# Run by hand when the packages change; the lists are committed, so the
# build itself needs none of this.
#   apt-get install iso-codes tzdata wamerican libgeonames-common gettext jq
# Sources and terms: lib/data/README.ner.
set -eu
out=${1:-$(dirname "$0")/../lib/data/gaz}
iso=/usr/share/iso-codes/json
zi=/usr/share/zoneinfo/tzdata.zi
dict=/usr/share/dict/american-english
geo=/usr/share/locale/en/LC_MESSAGES/geonames.mo
for f in "$iso/iso_3166-1.json" "$iso/iso_3166-2.json" "$iso/iso_3166-3.json" \
    "$iso/iso_639-2.json" "$iso/iso_4217.json" "$zi" "$dict" "$geo"; do
	[ -r "$f" ] || { echo "mkgaz: $f: missing (apt-get install iso-codes tzdata wamerican libgeonames-common)" >&2; exit 1; }
done
for c in jq msgunfmt; do
	command -v $c >/dev/null || { echo "mkgaz: $c is needed (apt-get install jq gettext)" >&2; exit 1; }
done
export LC_ALL=C
mkdir -p "$out"

# Countries: short, common and official names, and former countries.
{ jq -r '."3166-1"[] | .name, .common_name // empty, .official_name // empty' "$iso/iso_3166-1.json"
  jq -r '."3166-3"[] | .name' "$iso/iso_3166-3.json"
  # Short names in everyday use that the standard does not give.
  printf '%s\n' Russia Britain 'Great Britain' UK U.K. US U.S. USA U.S.A. \
      America England Scotland Wales 'Northern Ireland' Palestine Kosovo \
      'South Sudan' 'Ivory Coast' Burma Holland
} | sed 's/, .*//; s/ (.*//' | sort -u > "$out/country.txt"

# First-level subdivisions: states, provinces, regions.
jq -r '."3166-2"[] | .name' "$iso/iso_3166-2.json" |
    sed 's/ \[.*//; s/ (.*//' | grep -v '[;,]' | sort -u > "$out/region.txt"

# Cities: the last part of the time zone names, old spellings included,
# and the English names of GeoNames' cities (the libgeonames catalogue).
{ awk '$1 == "Z" { print $2 } $1 == "L" { print $3 }' "$zi" |
    grep -E '^(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/' |
    sed 's|.*/||; s/_/ /g'
  msgunfmt "$geo" | sed -n 's/^msgstr "\(.*\)"$/\1/p'
} | grep -v '[0-9]' | grep -v '^$' | sort -u > "$out/city.txt"

# Languages (ISO 639-2 English names, one per line).
jq -r '."639-2"[] | .name' "$iso/iso_639-2.json" | tr ';' '\n' |
    sed 's/^ *//; s/ *$//; s/ (.*//; s/, .*//' | grep -v '^$' | sort -u > "$out/lang.txt"

# Currency codes (ISO 4217): "USD" after a number is not an organisation.
jq -r '."4217"[] | .alpha_3' "$iso/iso_4217.json" | sort -u > "$out/currency.txt"

# Dictionary words: lower-case ones are common words, capitalised ones names.
grep -v "'s$" "$dict" | grep '^[a-z]' | sort -u > "$out/common.txt"
grep -v "'s$" "$dict" | grep '^[A-Z]' | sort -u > "$out/proper.txt"

wc -l "$out"/*.txt >&2
