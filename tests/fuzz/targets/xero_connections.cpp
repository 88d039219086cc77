// GET https://api.xero.com/connections: the organisations a Xero sign-in reaches (a JSON array).
#include "fuzzinput.h"
#include "fuzzsetup.h"
#include "xeroconnection.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<XeroConnection>> connections =
        XeroConnection::listFromJson(FuzzInput(data, size).bytes());
    if (!connections)
        return 0;
    for (const XeroConnection &connection : connections.value()) {
        fuzzCheck(!connection.id().isEmpty() && !connection.tenantId().isEmpty(),
                  "a connection is kept with its ids");
        (void)connection.createdDateUtc().toString(Qt::ISODate);
        (void)connection.tenantName().size();
    }
    return 0;
}
