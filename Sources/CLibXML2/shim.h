// The libxml2 headers Verbatim uses, with ICU switched off so that modules importing
// Foundation can see this one (Debian builds libxml2 with ICU; see shared/LIBXML2.md).
#ifndef VERBATIM_CLIBXML2_SHIM_H
#define VERBATIM_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>

/// `xmlFree` is a global function pointer (a macro in newer releases); Swift 6 rejects it.
static inline void verbatim_xmlFree(void *pointer) { xmlFree(pointer); }

/// Loads nothing: every external entity, DTD or XInclude target is refused.
static xmlParserInputPtr verbatim_denyLoader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
  (void)url; (void)id; (void)ctxt;
  return NULL;
}

/// Installs the deny-all loader; called once per process.
static inline void verbatim_installDenyAllLoader(void) {
  xmlSetExternalEntityLoader(verbatim_denyLoader);
}
#endif
