/* places: lists of countries, cities, regions and languages (lib/data/gaz), compiled in. */
#ifndef NU_PLACES_H
#define NU_PLACES_H

extern const char *const places_country[];
extern const char *const places_city[];
extern const char *const places_region[];
extern const char *const places_lang[];	/* language names, which are also nationalities: Chinese */
extern const char *const places_common[];	/* common English words, lower case */
extern const char *const places_currency[];	/* ISO 4217 codes */
extern const char *const places_proper[];	/* capitalised English words: names */

#endif
