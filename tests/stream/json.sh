# -J: JSON Lines that jq parses, for every kind: text, sentence, entity,
# quote, claim, an unknown kind and a comment; strings as they are.
set -u
command -v jq >/dev/null || { echo "jq is not installed"; exit 1; }
{
	printf '# a comment\n'
	printf 'text\td\\t1\t0\t0\tThe "Kestrel" Bank\\\\ said: Mayor Lena Holt left.\\nRain\\tfell \342\200\234here\342\200\235.\001\n'
	printf 'quote\td\\t1\t0\t4\tdirect\tsaid\tBank\tKestrel Bank\tkstrl-bnk\tThe \t5\t9\t\t\n'
	printf 'claim\td\\t1\t0\t4\tconflict\tother\t3\t7\t0.75\tnumber\tThe \tA \n'
	printf 'topic\td\\t1\t0\t0\tweather\t2\n'
} > "$TMPDIR_T/in.tsv"
for p in split-sentences tag-entities; do
	$p -J "$TMPDIR_T/in.tsv" > "$TMPDIR_T/$p.json" 2> "$TMPDIR_T/err" || { echo "$p -J: status $?"; cat "$TMPDIR_T/err"; exit 1; }
	jq -c . "$TMPDIR_T/$p.json" > "$TMPDIR_T/$p.jq" || { echo "$p -J: jq cannot parse it"; exit 1; }
	[ "$(wc -l < "$TMPDIR_T/$p.jq")" -eq "$(wc -l < "$TMPDIR_T/$p.json")" ] || { echo "$p -J: not one object a line"; exit 1; }
done
j=$TMPDIR_T/tag-entities.json
# has COND: some object of the output meets COND.
has() { jq -s -e "any(.[]; $1)" "$j" > /dev/null; }
for k in text sentence entity quote claim topic; do
	has ".kind == \"$k\"" || { echo "no $k object"; exit 1; }
done
has '.comment == "# a comment"' || { echo "comment"; exit 1; }
# Real strings: the id's TAB, the quote marks, the backslash, the newline.
has '.kind == "text" and (.doc == "d\t1" and (.body | startswith("The \"Kestrel\" Bank\\ said")) and (.body | contains("left.\nRain\tfell")))' || { echo "text: $(grep '"text"' "$j")"; exit 1; }
has '.kind == "sentence" and .n == 1 and (.para == 1 and .start == 0 and (.text | type) == "string")' || { echo "sentence fields"; exit 1; }
has '.kind == "entity" and .text == "Lena Holt" and (.type == "PERSON" and .key == "glt")' || { echo "entity fields: $(grep '"entity"' "$j")"; exit 1; }
has '.kind == "quote" and (.type == "direct" and .cue_start == 5 and .speaker_start == null and .source == "Kestrel Bank")' || { echo "quote fields: $(grep '"quote"' "$j")"; exit 1; }
has '.kind == "claim" and (.score == 0.75 and .other_start == 3 and .other_text == "A ")' || { echo "claim fields: $(grep '"claim"' "$j")"; exit 1; }
has '.kind == "topic" and (.fields == ["weather", "2"])' || { echo "unknown kind: $(grep '"topic"' "$j")"; exit 1; }
# The same records as TSV, in the same order.
tag-entities "$TMPDIR_T/in.tsv" | grep -v '^#' | cut -f 1 > "$TMPDIR_T/kinds.tsv"
jq -r 'select(.kind) | .kind' "$j" > "$TMPDIR_T/kinds.json"
cmp -s "$TMPDIR_T/kinds.tsv" "$TMPDIR_T/kinds.json" || { echo "JSON and TSV differ in records"; exit 1; }
