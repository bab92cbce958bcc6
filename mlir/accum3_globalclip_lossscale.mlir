module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}, tensor<512xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<512xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<512xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %8 = stablehlo.divide %6, %7 : tensor<512xf32>
    %9 = call @_where_0(%3, %8, %5) : (tensor<i1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %11 = call @_where_0(%3, %10, %6) : (tensor<i1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %12 = stablehlo.optimization_barrier %9 : tensor<512xf32>
    %13 = chlo.square %12 : tensor<512xf32> -> tensor<512xf32>
    %14 = stablehlo.reshape %13 : (tensor<512xf32>) -> tensor<16x32xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.reduce(%14 init: %cst_5) applies stablehlo.add across dimensions = [1] : (tensor<16x32xf32>, tensor<f32>) -> tensor<16xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %17 = stablehlo.optimization_barrier %16 : tensor<f32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.reduce(%18 init: %cst_7) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %20 = stablehlo.sqrt %19 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %21 = stablehlo.divide %cst_8, %20 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %22 = stablehlo.minimum %21, %cst_9 : tensor<f32>
    %cst_10 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %23 = stablehlo.multiply %cst_10, %22 : tensor<f32>
    %24 = stablehlo.bitcast_convert %20 : (tensor<f32>) -> tensor<i32>
    %c_11 = stablehlo.constant dense<2139095040> : tensor<i32>
    %25 = stablehlo.and %24, %c_11 : tensor<i32>
    %c_12 = stablehlo.constant dense<2139095040> : tensor<i32>
    %26 = stablehlo.compare NE, %25, %c_12, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_13 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %27 = call @_where_1(%26, %23, %cst_13) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %28 = stablehlo.broadcast_in_dim %27, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %29 = stablehlo.multiply %9, %28 : tensor<512xf32>
    %c_14 = stablehlo.constant dense<1> : tensor<i32>
    %30 = stablehlo.add %0, %c_14 : tensor<i32>
    %31 = stablehlo.convert %30 : (tensor<i32>) -> tensor<f32>
    %cst_15 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %32 = stablehlo.abs %cst_15 : tensor<f32>
    %33 = stablehlo.power %32, %31 : tensor<f32>
    %34 = stablehlo.floor %31 : tensor<f32>
    %35 = stablehlo.compare EQ, %34, %31, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %36 = stablehlo.abs %31 : tensor<f32>
    %c_16 = stablehlo.constant dense<2> : tensor<i32>
    %37 = call @remainder_2(%36, %c_16) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_17 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %38 = stablehlo.compare EQ, %37, %cst_17, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %39 = stablehlo.and %35, %38 : tensor<i1>
    %cst_18 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %40 = stablehlo.compare LT, %cst_18, %cst_19, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %41 = stablehlo.and %40, %39 : tensor<i1>
    %42 = stablehlo.negate %33 : tensor<f32>
    %43 = call @_where_1(%41, %42, %33) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_20 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_21 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %44 = stablehlo.compare LT, %cst_20, %cst_21, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %45 = stablehlo.not %35 : tensor<i1>
    %46 = stablehlo.and %44, %45 : tensor<i1>
    %cst_22 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %47 = stablehlo.power %cst_22, %31 : tensor<f32>
    %48 = call @_where_1(%46, %47, %43) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_23 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %49 = stablehlo.compare EQ, %31, %cst_23, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_24 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %50 = call @_where_1(%49, %cst_24, %48) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_25 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %51 = stablehlo.abs %cst_25 : tensor<f32>
    %52 = stablehlo.power %51, %31 : tensor<f32>
    %53 = stablehlo.floor %31 : tensor<f32>
    %54 = stablehlo.compare EQ, %53, %31, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %55 = stablehlo.abs %31 : tensor<f32>
    %c_26 = stablehlo.constant dense<2> : tensor<i32>
    %56 = call @remainder_2(%55, %c_26) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %57 = stablehlo.compare EQ, %56, %cst_27, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %58 = stablehlo.and %54, %57 : tensor<i1>
    %cst_28 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_29 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %59 = stablehlo.compare LT, %cst_28, %cst_29, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %60 = stablehlo.and %59, %58 : tensor<i1>
    %61 = stablehlo.negate %52 : tensor<f32>
    %62 = call @_where_1(%60, %61, %52) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_30 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %63 = stablehlo.compare LT, %cst_30, %cst_31, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %64 = stablehlo.not %54 : tensor<i1>
    %65 = stablehlo.and %63, %64 : tensor<i1>
    %cst_32 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %66 = stablehlo.power %cst_32, %31 : tensor<f32>
    %67 = call @_where_1(%65, %66, %62) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_33 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %68 = stablehlo.compare EQ, %31, %cst_33, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %69 = call @_where_1(%68, %cst_34, %67) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %70 = stablehlo.subtract %cst_35, %69 : tensor<f32>
    %71 = stablehlo.sqrt %70 : tensor<f32>
    %72 = stablehlo.multiply %arg6, %71 : tensor<f32>
    %cst_36 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %73 = stablehlo.subtract %cst_36, %50 : tensor<f32>
    %74 = stablehlo.divide %72, %73 : tensor<f32>
    %75 = stablehlo.subtract %29, %arg2 : tensor<512xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %76 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %77 = stablehlo.multiply %75, %76 : tensor<512xf32>
    %78 = stablehlo.add %arg2, %77 : tensor<512xf32>
    %79 = chlo.square %29 : tensor<512xf32> -> tensor<512xf32>
    %80 = stablehlo.subtract %79, %arg3 : tensor<512xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %81 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %82 = stablehlo.multiply %80, %81 : tensor<512xf32>
    %83 = stablehlo.add %arg3, %82 : tensor<512xf32>
    %84 = stablehlo.broadcast_in_dim %74, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %85 = stablehlo.multiply %78, %84 : tensor<512xf32>
    %86 = stablehlo.sqrt %83 : tensor<512xf32>
    %cst_39 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %87 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %88 = stablehlo.add %86, %87 : tensor<512xf32>
    %89 = stablehlo.divide %85, %88 : tensor<512xf32>
    %90 = stablehlo.subtract %arg1, %89 : tensor<512xf32>
    %91 = call @_where_0(%3, %90, %arg1) : (tensor<i1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %92 = call @_where_0(%3, %78, %arg2) : (tensor<i1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %93 = call @_where_0(%3, %83, %arg3) : (tensor<i1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %c_40 = stablehlo.constant dense<1> : tensor<i32>
    %94 = stablehlo.add %arg0, %c_40 : tensor<i32>
    return %94, %91, %92, %93, %11 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
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
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<512xf32>, %arg2: tensor<512xf32>) -> tensor<512xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<512xf32>
    return %0 : tensor<512xf32>
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
