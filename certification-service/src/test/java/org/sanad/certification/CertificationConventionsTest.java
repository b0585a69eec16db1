package org.sanad.certification;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.sanad.certification.testing.CertificateSigningKey;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.ServiceConventionsContract;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "certification_test"))
@WithTestResource(value = CertificateSigningKey.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CertificationConventionsTest extends ServiceConventionsContract {

    @Override
    protected String apiRoot() {
        return "/api/certification";
    }
}
