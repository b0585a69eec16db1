package org.sanad.enrollment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.sanad.common.testing.SanadTestEnvironment;
import org.sanad.common.testing.ServiceConventionsContract;
import org.sanad.enrollment.testing.FakePlatform;

@QuarkusTest
@WithTestResource(value = SanadTestEnvironment.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "database", value = "enrollment_test"))
@WithTestResource(value = FakePlatform.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EnrollmentConventionsTest extends ServiceConventionsContract {

    @Override
    protected String apiRoot() {
        return "/api/enrollment";
    }
}
