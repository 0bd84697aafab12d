// The Boost.Math error policy every statistic here uses: undefined results
// come back as NaN (or ±inf on overflow) instead of exceptions.
//
// Boost's default policy throws on a domain error (df <= 0, p outside
// [0, 1], ...). The statistics must never throw on degenerate data, and each
// function already returns NaN where a number is undefined, so an error
// inside Boost only has to propagate as NaN too.
//
// Internal header: include only from .cpp files (Boost is a PRIVATE
// dependency of tobii_core).
#pragma once

#include <boost/math/policies/policy.hpp>

namespace tobii::stats {

using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::denorm_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>,
    boost::math::policies::rounding_error<boost::math::policies::ignore_error>,
    boost::math::policies::indeterminate_result_error<boost::math::policies::ignore_error>>;

}  // namespace tobii::stats
