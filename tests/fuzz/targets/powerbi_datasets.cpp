// GET .../datasets (a list) and GET .../datasets/{id} (one dataset).
#include "dataset.h"
#include "fuzzinput.h"
#include "fuzzsetup.h"

namespace {

void use(const Dataset &dataset)
{
    fuzzCheck(!dataset.id().isEmpty(), "a dataset is kept with its id");
    (void)dataset.createdDate().toString(Qt::ISODateWithMs);
    (void)dataset.webUrl().size();
    (void)dataset.configuredBy().size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput(data, size).bytes();
    const QString workspaceId = QStringLiteral("7f0a3c6e-1d2b-4c8e-9a51-3e6f2b8d4c10");
    if (const Result<QList<Dataset>> list = Dataset::listFromJson(body, workspaceId)) {
        for (const Dataset &dataset : list.value()) {
            use(dataset);
            fuzzCheck(dataset.workspaceId() == workspaceId, "a dataset keeps its workspace");
        }
    }
    if (const Result<Dataset> one = Dataset::fromBody(body))
        use(one.value());
    return 0;
}
