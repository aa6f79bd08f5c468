/*
 * The tagger's model, lib/data/ner.model, compiled into the library as
 * read-only bytes (see lib/data/README.ner).  The path is relative to the
 * top of the tree, where the build runs; ELF targets (GNU as, clang).
 */
extern const unsigned char ner_model_blob[], ner_model_blob_end[];

__asm__(
"	.section .rodata\n"
"	.balign 16\n"
"	.global ner_model_blob\n"
"	.type ner_model_blob, @object\n"
"ner_model_blob:\n"
"	.incbin \"lib/data/ner.model\"\n"
"	.global ner_model_blob_end\n"
"	.type ner_model_blob_end, @object\n"
"ner_model_blob_end:\n"
"	.byte 0\n"
"	.previous\n");
