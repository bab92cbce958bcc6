module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<15xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<15xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<15xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<15xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<15xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<15xf32> {jax.result_info = "result[1]"}, tensor<15xf32> {jax.result_info = "result[2]"}, tensor<15xf32> {jax.result_info = "result[3]"}, tensor<15xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<15xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<15xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %8 = stablehlo.divide %6, %7 : tensor<15xf32>
    %9 = call @_where_0(%3, %8, %5) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %11 = call @_where_0(%3, %10, %6) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %12 = stablehlo.optimization_barrier %9 : tensor<15xf32>
    %13 = chlo.square %12 : tensor<15xf32> -> tensor<15xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %14 = stablehlo.reduce(%13 init: %cst_5) applies stablehlo.add across dimensions = [0] : (tensor<15xf32>, tensor<f32>) -> tensor<f32>
    %15 = stablehlo.optimization_barrier %14 : tensor<f32>
    %16 = stablehlo.broadcast_in_dim %15, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %17 = stablehlo.reduce(%16 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %18 = stablehlo.sqrt %17 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.divide %cst_7, %18 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.minimum %19, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %21 = stablehlo.multiply %cst_9, %20 : tensor<f32>
    %22 = stablehlo.bitcast_convert %18 : (tensor<f32>) -> tensor<i32>
    %c_10 = stablehlo.constant dense<2139095040> : tensor<i32>
    %23 = stablehlo.and %22, %c_10 : tensor<i32>
    %c_11 = stablehlo.constant dense<2139095040> : tensor<i32>
    %24 = stablehlo.compare NE, %23, %c_11, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_12 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %25 = call @_where_1(%24, %21, %cst_12) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %26 = stablehlo.broadcast_in_dim %25, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %27 = stablehlo.multiply %9, %26 : tensor<15xf32>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %28 = stablehlo.add %0, %c_13 : tensor<i32>
    %29 = stablehlo.convert %28 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %30 = stablehlo.abs %cst_14 : tensor<f32>
    %31 = stablehlo.power %30, %29 : tensor<f32>
    %32 = stablehlo.floor %29 : tensor<f32>
    %33 = stablehlo.compare EQ, %32, %29, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %34 = stablehlo.abs %29 : tensor<f32>
    %c_15 = stablehlo.constant dense<2> : tensor<i32>
    %35 = call @remainder_2(%34, %c_15) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %36 = stablehlo.compare EQ, %35, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %37 = stablehlo.and %33, %36 : tensor<i1>
    %cst_17 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.compare LT, %cst_17, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %39 = stablehlo.and %38, %37 : tensor<i1>
    %40 = stablehlo.negate %31 : tensor<f32>
    %41 = call @_where_1(%39, %40, %31) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %42 = stablehlo.compare LT, %cst_19, %cst_20, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %43 = stablehlo.not %33 : tensor<i1>
    %44 = stablehlo.and %42, %43 : tensor<i1>
    %cst_21 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %45 = stablehlo.power %cst_21, %29 : tensor<f32>
    %46 = call @_where_1(%44, %45, %41) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %47 = stablehlo.compare EQ, %29, %cst_22, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = call @_where_1(%47, %cst_23, %46) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_24 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %49 = stablehlo.abs %cst_24 : tensor<f32>
    %50 = stablehlo.power %49, %29 : tensor<f32>
    %51 = stablehlo.floor %29 : tensor<f32>
    %52 = stablehlo.compare EQ, %51, %29, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %53 = stablehlo.abs %29 : tensor<f32>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %54 = call @remainder_2(%53, %c_25) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %55 = stablehlo.compare EQ, %54, %cst_26, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %56 = stablehlo.and %52, %55 : tensor<i1>
    %cst_27 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %57 = stablehlo.compare LT, %cst_27, %cst_28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %58 = stablehlo.and %57, %56 : tensor<i1>
    %59 = stablehlo.negate %50 : tensor<f32>
    %60 = call @_where_1(%58, %59, %50) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_29 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %61 = stablehlo.compare LT, %cst_29, %cst_30, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %62 = stablehlo.not %52 : tensor<i1>
    %63 = stablehlo.and %61, %62 : tensor<i1>
    %cst_31 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %64 = stablehlo.power %cst_31, %29 : tensor<f32>
    %65 = call @_where_1(%63, %64, %60) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %66 = stablehlo.compare EQ, %29, %cst_32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %67 = call @_where_1(%66, %cst_33, %65) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %68 = stablehlo.subtract %cst_34, %67 : tensor<f32>
    %69 = stablehlo.sqrt %68 : tensor<f32>
    %70 = stablehlo.multiply %arg6, %69 : tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %71 = stablehlo.subtract %cst_35, %48 : tensor<f32>
    %72 = stablehlo.divide %70, %71 : tensor<f32>
    %73 = stablehlo.subtract %27, %arg2 : tensor<15xf32>
    %cst_36 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %74 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %75 = stablehlo.multiply %73, %74 : tensor<15xf32>
    %76 = stablehlo.add %arg2, %75 : tensor<15xf32>
    %77 = chlo.square %27 : tensor<15xf32> -> tensor<15xf32>
    %78 = stablehlo.subtract %77, %arg3 : tensor<15xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %79 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %80 = stablehlo.multiply %78, %79 : tensor<15xf32>
    %81 = stablehlo.add %arg3, %80 : tensor<15xf32>
    %82 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %83 = stablehlo.multiply %76, %82 : tensor<15xf32>
    %84 = stablehlo.sqrt %81 : tensor<15xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %85 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %86 = stablehlo.add %84, %85 : tensor<15xf32>
    %87 = stablehlo.divide %83, %86 : tensor<15xf32>
    %88 = stablehlo.subtract %arg1, %87 : tensor<15xf32>
    %89 = call @_where_0(%3, %88, %arg1) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %90 = call @_where_0(%3, %76, %arg2) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %91 = call @_where_0(%3, %81, %arg3) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %c_39 = stablehlo.constant dense<1> : tensor<i32>
    %92 = stablehlo.add %arg0, %c_39 : tensor<i32>
    return %92, %89, %90, %91, %11 : tensor<i32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>) -> tensor<15xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<15xf32>
    return %0 : tensor<15xf32>
  }
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_2(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
}
