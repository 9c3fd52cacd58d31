// Corpus: blind8, parcelpoint billing service, the aspect behind @FeatureGate
// Source: Spring AOP docs (@Aspect, @Around with an annotation argument); Unleash Java SDK docs (isEnabled with UnleashContext)
package com.parcelpoint.billing;

import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.stereotype.Component;

@Aspect
@Component
public class FeatureGateAspect {
    private final Unleash unleash;

    public FeatureGateAspect(Unleash unleash) {
        this.unleash = unleash;
    }

    @Around("@annotation(gate)")
    public Object guard(ProceedingJoinPoint pjp, FeatureGate gate) throws Throwable {
        UnleashContext context = UnleashContext.builder().appName("billing").build();
        if (!unleash.isEnabled(gate.value(), context)) {
            return null;
        }
        return pjp.proceed();
    }
}
