#ifndef NU_VERSION_H
#define NU_VERSION_H
#define NEWSUTILS_VERSION	"0.1.0"
#endif
