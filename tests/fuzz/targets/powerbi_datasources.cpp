// GET .../datasources: what each data source reads, and whether it looks like Xero.
#include "datasource.h"
#include "fuzzinput.h"
#include "fuzzsetup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<QList<Datasource>> sources =
        Datasource::listFromJson(FuzzInput(data, size).bytes());
    if (!sources)
        return 0;
    for (const Datasource &source : sources.value()) {
        const Datasource::XeroSign sign = source.xeroSign();
        fuzzCheck(source.looksLikeXero() == (sign != Datasource::XeroSign::None),
                  "looksLikeXero agrees with xeroSign");
        (void)source.key().size();
        (void)source.whereItReads().size();
        (void)source.kind().size();
        (void)source.url().size();
    }
    return 0;
}
